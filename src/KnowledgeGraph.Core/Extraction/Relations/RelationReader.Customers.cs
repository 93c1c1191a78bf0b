using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // "Mistral's customers include CMA CGM and BNP Paribas", "من عملاء أمازون شركات مثل X".
    private void ReadCustomers(CueHit hit)
    {
        // "ويُعد «البنك الأهلي» أكبر عملاء «نايل فيكتور»", "X من أبرز عملاء Y": the customer stands before the noun, the
        // supplier right after it (genitive).
        if (_doc.Language == "ar" && hit.End < _s.TokenEnd && (_s.GroupAfter(hit.End, 3) ?? GenitiveOverGoodsNoun(hit.End)) is { Prepositional: false } supplierAfter && supplierAfter.Companies.Any()
            && _s.Groups.LastOrDefault(g => g.End <= hit.Start && (hit.Start - g.End <= 3 || DescribedUpTo(g.End, hit.Start))) is { } customerGroup && customerGroup.Companies.Any() && !customerGroup.Members.Intersect(supplierAfter.Members).Any()
            && Enumerable.Range(customerGroup.End, hit.End - customerGroup.End).Any(k => _doc.Tokens[k].Norm is "اكبر" or "ابرز" or "اهم" or "من" or "احد" or "احدي"))
        {
            foreach (var customer in customerGroup.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, customer, supplierAfter.Companies.First(), _money, _status, null, Evidence);
            }

            return;
        }

        if (ReadCustomersWithoutPossessor(hit))
        {
            return;
        }

        // "عملائها" (her customers), "عملاء الشركة" (the customers of the company the text is about).
        var herCustomers = hit.Suffix is "ها" || _doc.Tokens[hit.End - 1].Norm.EndsWith("ها", StringComparison.Ordinal);
        var theCompanyAfter = hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } topicWord && topicWord.Start == hit.End && topicWord.Is("topic-ref")
            && _doc.Tokens[hit.End].Norm is not ("its" or "it") ? topicWord : null;

        // "إن مايكروسوفت وأمازون من بين أكبر زبائنها", "تُعد «المصرية للاتصالات» أكبر عملاء الشركة": the customers stand
        // before the noun, the supplier is "her" (the sentence's other company, else the text's) or "the company".
        if (_doc.Language == "ar" && (herCustomers || theCompanyAfter is not null)
            && _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 5) is { } before && before.Companies.Any()
            && Enumerable.Range(before.End, hit.Start - before.End).All(k => !_doc.Tokens[k].IsWord || _doc.Tokens[k].Norm is "من" or "بين" or "اكبر" or "ابرز" or "اهم" or "احد" or "احدي" or "اوائل" or "كبار")
            && Enumerable.Range(before.End, hit.End - before.End).Any(k => _doc.Tokens[k].Norm is "اكبر" or "ابرز" or "اهم" or "احد" or "احدي" or "من" or "اوائل" or "كبار"))
        {
            var herSupplier = theCompanyAfter is not null ? _s.Topic
                : _s.Groups.FirstOrDefault(g => g != before && g.End <= before.Start && g.Companies.Any())?.Companies.First() ?? _s.Topic ?? _topic;
            if (herSupplier is not null && !before.Members.Contains(herSupplier))
            {
                foreach (var customer in before.Companies)
                {
                    _bag.Add(RelTypes.BuysFrom, customer, herSupplier, _money, _status, null, Evidence);
                }

                return;
            }
        }

        // "X counts Y as a major customer", "X signed Y as its anchor tenant": Y before "as" buys, the subject supplies.
        if (CustomerNamedBeforeAs(hit) is { } named)
        {
            // The subject of the sentence: "Tamarind, a firm in Austin that counts Ampere as its largest client".
            // (Within the clause: "The order makes X one of Y's customers; the server maker counts A among its buyers".)
            var clauseStart = Enumerable.Range(_s.TokenStart, named.Start - _s.TokenStart).LastOrDefault(k => _doc.Tokens[k].Norm is ";" or "؛", _s.TokenStart);
            // ("Testers made up most of orders, with TSMC and SK Hynix among the biggest buyers": no company acts; the text's sells.)
            if ((_s.Groups.FirstOrDefault(g => g.Start >= clauseStart && g.End <= named.Start && !g.Prepositional && g.Companies.Any() && !InBrackets(g))?.Companies.First()
                ?? Agents(hit, allowPeople: false, exclude: [.. named.Companies]).FirstOrDefault()
                ?? (named.Prepositional ? _s.Topic ?? _topic : null)) is { } seller && !named.Members.Contains(seller))
            {
                foreach (var customer in named.Companies)
                {
                    _bag.Add(RelTypes.BuysFrom, customer, seller, _money, _status, null, Evidence);
                }
            }

            return;
        }

        // "Kaveri's largest customer is Sarvam": the possessor over an adjective or two.
        var possessive = herCustomers || (hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "its" or "their");
        // "عملاء «X»": the genitive after the noun, unless the noun has its own possessor ("عملائها «X»": X is a customer).
        // "ومن بين عملاء الشركة البنك التجاري الدولي": the customers of the company the text is about.
        if (!possessive && theCompanyAfter is not null && _s.Topic is { } topicSupplier
            && _s.Groups.FirstOrDefault(g => g.Start >= theCompanyAfter.End && g.Start - theCompanyAfter.End <= 3) is { } topicCustomers)
        {
            foreach (var customer in _s.ListWithContinuations(topicCustomers).Where(m => !m.IsPerson && m != topicSupplier))
            {
                _bag.Add(RelTypes.BuysFrom, customer, topicSupplier, null, null, null, Evidence);
            }

            return;
        }

        var supplier = (GroupEndingAt(hit.Start, 2) ?? (PossessiveBefore(hit.Start) is { } owner ? owner : null)
            ?? (!possessive && _s.GroupAfter(hit.End, 2) is { } genitive && (genitive.Start == hit.End || !_doc.Tokens[hit.End].IsWord) ? genitive : null))?.Companies.FirstOrDefault();
        // "Micron said its mobile customers, including Apple, ...": over adjectives, "its" is the company named before it in
        // the sentence (not in "one of its biggest customers", where the one named before is the customer).
        // "Its first anchor tenant is GoTo": "its" opening the sentence is the company the text is about.
        if (!possessive && _doc.Tokens[_s.TokenStart].Norm is "its" or "their" && hit.Start - _s.TokenStart <= 3
            && Enumerable.Range(_s.TokenStart + 1, hit.Start - _s.TokenStart - 1).All(j => _doc.Tokens[j].Kind == Text.TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[j].Start])))
        {
            supplier ??= PreviousSentenceOpener() ?? _topic;
        }

        if (!possessive && Enumerable.Range(Math.Max(_s.TokenStart + 1, hit.Start - 3), Math.Max(0, Math.Min(3, hit.Start - _s.TokenStart - 1)))
                .FirstOrDefault(k => _doc.Tokens[k].Norm is "its" or "their", -1) is var its and >= 0
            && _doc.Tokens[its - 1].Norm is not ("of" or "among")
            && Enumerable.Range(its + 1, hit.Start - its - 1).All(j => _doc.Tokens[j].Kind == Text.TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[j].Start]))
            && _s.CompanySubjectGroupBefore(its) is { } itsOwner)
        {
            supplier ??= itsOwner.Companies.First();
        }

        // "The company's biggest customer is Microsoft", "the group's largest tenants": the company the text is about.
        if (!possessive && supplier is null && TopicPossessiveBefore(hit.Start))
        {
            supplier = _s.Topic ?? PreviousSentenceOpener() ?? _topic;
        }

        // "demand from customers such as OpenAI", "عملاء مثل X": customers a list names, of the company that acts.
        var listStart = hit.End;
        while (listStart < _s.TokenEnd && _doc.Tokens[listStart].Norm is "," or "،")
        {
            listStart++;                                        // "نحو 40 عميلاً، أبرزهم بنك مصر"
        }

        // ("compete for the same customers, including X": customers fought for are nobody's yet.)
        var listed = listStart < _s.TokenEnd && _s.AfterListIntro(listStart) > listStart
            && !_s.Cues.Any(c => c.Is("compete") && c.End <= hit.Start && hit.Start - c.End <= 6);
        if (supplier is null && listed && !possessive)
        {
            supplier = Agents(hit, allowPeople: false).FirstOrDefault();
        }

        if (supplier is null && possessive)
        {
            // "Its customers include ...", "ومن أبرز عملائها ...": the sentence's subject, else the one the text is about.
            supplier = _s.CompanySubjectBefore(hit.Start)
                ?? _s.Topic ?? LastCompanyBefore(hit.Start);
        }

        // "Microsoft has been CoreWeave's biggest customer", "Cleopatra Hospitals is now Mizan's largest customer": the subject
        // of the copula before the possessor is the customer.
        if (supplier is not null && _doc.Language == "en" && PossessiveBefore(hit.Start) is { } possessorGroup && CopulaSubject(possessorGroup.Start) is { } copulaSubject
            && !copulaSubject.Members.Contains(supplier))
        {
            foreach (var customer in copulaSubject.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, customer, supplier, null, null, null, Evidence);
            }

            return;
        }

        // "customers include the French armed forces ministry, the shipping group CMA CGM, ...": over descriptions of customers
        // the text does not name.
        var customers = _s.Groups.FirstOrDefault(g => g.Start >= hit.End && !g.Members.Contains(supplier!) && (g.Start - hit.End <= 8
                || g.Start - hit.End <= 14 && Enumerable.Range(hit.End, g.Start - hit.End).All(k => !_s.IsRelationCue(k) && _doc.Tokens[k].Norm is not ("." or ";" or "؛")))) is { } customerList
            ? _s.ListWithContinuations(customerList).Where(m => !m.IsPerson && m != supplier).ToList() : null;
        // "OpenAI is also one of Oracle's largest cloud customers": the subject of "is one of" is the customer.
        if (supplier is not null && customers is null && _doc.Language == "en" && OneOfSubject(hit.Start) is { } subjectCustomer && !subjectCustomer.Members.Contains(supplier))
        {
            customers = [.. subjectCustomer.Companies];
        }

        if (supplier is null || customers is null)
        {
            return;
        }

        foreach (var customer in customers)
        {
            _bag.Add(RelTypes.BuysFrom, customer, supplier, null, null, null, Evidence);
        }
    }

    // "من أكبر مشتري خزائن «فوكسكون»": one bare noun (the goods bought) between the customer noun and the supplier's name.
    private MentionGroup? GenitiveOverGoodsNoun(int k) =>
        k < _s.TokenEnd && _doc.Tokens[k].Kind == Text.TokenKind.Arabic && _s.GroupAt(k) is null && !_doc.IsCueWord("object-marker", k)
            && !_doc.IsCueWord("prep-from", k) && !(_s.IsRelationCue(k) && !_s.CueAt(k)!.Is("goods"))
            && !_doc.Tokens[k].Norm.StartsWith("ل", StringComparison.Ordinal)
            ? _s.GroupAfter(k + 1, 3) : null;

    // "شركة «لسان» الناشئة، المطورة لنماذج لغوية، أكبر عملاء": a description set off by commas, then at most three words.
    private bool DescribedUpTo(int groupEnd, int token)
    {
        if (token - groupEnd > 14 || Enumerable.Range(groupEnd, token - groupEnd).Any(k => _s.IsRelationCue(k) || _s.GroupAt(k) is not null || _doc.Tokens[k].Norm is "." or ";" or "؛"))
        {
            return false;
        }

        var lastComma = Enumerable.Range(groupEnd, token - groupEnd).LastOrDefault(k => _doc.Tokens[k].Norm is "," or "،", -1);
        return lastComma >= 0 && token - lastComma <= 4 && Enumerable.Range(groupEnd, lastComma - groupEnd).Any(k => _doc.Tokens[k].Norm is "," or "،");
    }

    // "X has been", "X, Fathy's former employer, is now": the subject of a copula right before token k, over a description
    // set off by commas.
    private MentionGroup? CopulaSubject(int k)
    {
        var j = k - 1;
        while (j > _s.TokenStart && _doc.Tokens[j].Norm is "now" or "also" or "still" or "already" or "become" or "been")
        {
            j--;
        }

        if (j <= _s.TokenStart || _doc.Tokens[j].Norm is not ("is" or "was" or "has" or "had" or "became" or "remains" or "remained" or "becomes"))
        {
            return null;
        }

        var subject = GroupEndingAt(j, 1) ?? (_doc.Tokens[j - 1].Norm == "," ? _s.Groups.LastOrDefault(g => g.End < j - 1 && j - g.End <= 10 && _doc.Tokens[g.End].Norm == ","
            && Enumerable.Range(g.End + 1, j - 2 - g.End).All(i => _s.GroupAt(i) is null || _s.Groups.Any(x => x.Start == i && x.End <= j))) : null);
        return subject is { Prepositional: false } && subject.Companies.Any() ? subject : null;
    }

    // "X is (also) one of ...", "X remains among ...": X, before the noun phrase that the cue ends.
    private MentionGroup? OneOfSubject(int nounStart)
    {
        for (var k = nounStart - 1; k > _s.TokenStart + 1 && k >= nounStart - 8; k--)
        {
            if (_doc.Tokens[k].Norm is "of" && _doc.Tokens[k - 1].Norm == "one" || _doc.Tokens[k].Norm == "among")
            {
                var j = _doc.Tokens[k].Norm == "among" ? k - 1 : k - 2;
                while (j > _s.TokenStart && _doc.Tokens[j].Norm is "also" or "still" or "now" or "already")
                {
                    j--;
                }

                if (_doc.Tokens[j].Norm is "is" or "was" or "remains" or "became" or "has" or "are" or "were")
                {
                    return GroupEndingAt(j, 1) is { Prepositional: false } g && g.Companies.Any() ? g : null;
                }

                // "X signed a letter of intent to become one of Y's first customers": the subject of the sentence.
                if (_doc.Language == "en" && _doc.Tokens[j].Norm is "become" or "be" && j > _s.TokenStart && _doc.Tokens[j - 1].Norm == "to")
                {
                    return _s.Groups.FirstOrDefault(g => g.End < j && !g.Prepositional && g.Companies.Any() && !InBrackets(g));
                }

                return null;
            }
        }

        return null;
    }

    // "to buy cloud security firm Wiz", "bought chip startup X": a few lower-case words and a company noun, then the name.
    private MentionGroup? DescribedCompanyAfter(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 5; k++)
        {
            if (_s.GroupAt(k) is { } g)
            {
                return k > from && _doc.IsFillerWord(k - 1) ? g : null;
            }

            var t = _doc.Tokens[k];
            if (!t.IsWord || t.Kind != Text.TokenKind.Latin || !char.IsLower(_doc.Text[t.Start]) || _s.IsRelationCue(k) && !_s.CueAt(k)!.Is("goods"))
            {
                return null;
            }
        }

        return null;
    }

    private MentionGroup? CustomerNamedBeforeAs(CueHit hit)
    {
        for (var k = hit.Start - 1; k >= _s.TokenStart && k >= hit.Start - 4; k--)
        {
            // "counts Y as a major customer", "counts Y among its customers".
            if (_doc.Tokens[k].Norm is "as" or "among")
            {
                // "counts Meridian Health, a US hospital-billing firm, as a customer": over a description set off by commas.
                var named = GroupEndingAt(k, 1) ?? (k > _s.TokenStart && _doc.Tokens[k - 1].Norm == ","
                    ? _s.Groups.LastOrDefault(g => g.End < k - 1 && k - g.End <= 10 && _doc.Tokens[g.End].Norm == ","
                        && Enumerable.Range(g.End + 1, k - 2 - g.End).All(j => _doc.Tokens[j].Kind == Text.TokenKind.Latin || _doc.Tokens[j].Norm == "-"))
                    : null);
                // "with SAP among the first tenants": the names "with" brings.
                var withNamed = named is { Prepositional: true } && _doc.Tokens[k].Norm == "among" && named.Start > _s.TokenStart && WordBefore(_s.AfterListIntroBackwards(named.Start)) is { } w && _doc.Tokens[w].Norm == "with";
                return named is not null && (!named.Prepositional || withNamed) && named.Companies.Any() ? named : null;
            }
        }

        return null;
    }

    // "the company's", "the group's" over lower-case adjectives before token.
    private bool TopicPossessiveBefore(int token)
    {
        var k = token - 1;
        while (k > _s.TokenStart && _doc.Tokens[k].Kind == Text.TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[k].Start]) && _doc.Tokens[k].Norm != "s" && token - k <= 3)
        {
            k--;
        }

        return k - 2 >= _s.TokenStart && _doc.Tokens[k].Norm == "s" && _doc.Tokens[k - 1].Norm is "'" or "’"
            && _s.CueAt(k - 2) is { } reference && reference.Is("topic-ref") && reference.End == k - 1;
    }

    // "Kaveri's largest customer", "Nvidia's biggest buyers": the name before "'s" and up to two adjectives.
    private MentionGroup? PossessiveBefore(int token)
    {
        for (var k = token - 1; k > _s.TokenStart && k >= token - 4; k--)
        {
            if (_doc.Tokens[k].Norm is "s" && _doc.Tokens[k - 1].Norm is "'" or "’")
            {
                return GroupEndingAt(k - 1, 1);
            }
        }

        return null;
    }

    // "المورد الأول لخوادم «ميتا»": goods with an attached "ل" and the names right after them.
    private MentionGroup? GoodsForAfter(int from)
    {
        for (var k = from; _doc.Language == "ar" && k < _s.TokenEnd && k < from + 3; k++)
        {
            if (_s.GroupAt(k) is not null || _s.IsRelationCue(k) || !_doc.Tokens[k].IsWord)
            {
                return null;
            }

            if (_doc.Tokens[k].Norm.StartsWith('ل') && _s.CueAt(k) is { } goods && goods.Is("goods") && goods.End == k + 1 && _s.GroupAfter(k + 1, 2) is { } named && named.Companies.Any())
            {
                return named;
            }
        }

        return null;
    }

    // Who a supplier noun describes past its adjectives: "X is the main supplier", "X, the main supplier of",
    // "«X»، التي تعد المورد الأول".
    private MentionGroup? SupplierNounHolder(CueHit hit)
    {
        var nounStart = hit.Start;
        while (nounStart > _s.TokenStart + 1 && hit.Start - nounStart < 4 && _doc.Tokens[nounStart - 1] is { IsWord: true } word
            && (_doc.Language == "ar" ? _doc.Tokens[nounStart - 1].Norm is "اكبر" or "ابرز" or "اهم" : char.IsLower(_doc.Text[word.Start]) && !CopulaWords.Contains(word.Norm)))
        {
            nounStart--;
        }

        // ("«X» هي المورد الرئيسي": the name before an Arabic pronoun copula.)
        return (_doc.Language == "en" ? CopulaSubject(nounStart) ?? (nounStart > _s.TokenStart && _doc.Tokens[nounStart - 1].Norm == "," && _doc.Tokens[nounStart].Norm is "the" or "a" or "an" ? GroupEndingAt(nounStart - 1, 0) : null)
                : nounStart > _s.TokenStart && _doc.Tokens[nounStart - 1].Norm is "هي" or "هو" ? GroupEndingAt(nounStart - 1, 1) : null)
            ?? RelativeAntecedent(hit.Start, _s.TokenStart);
    }

    // "خدمات أمازون السحابية المزود الرئيسي لأنثروبيك", "AMD, a supplier to OpenAI".
    private void ReadSupplierNoun(CueHit hit)
    {
        // "المورد الرئيسي لذاكرة HBM لـ«إنفيديا»", "a supplier of memory to Nvidia": the goods may come between.
        var customerGroup = _s.ObjectAfter(hit.End, 4, "prep-to") ?? _s.ObjectAfter(hit.End, 8, "prep-to") ?? GoodsForAfter(hit.End);
        var customers = customerGroup?.Companies.ToList();
        // ("X is a supplier to Google's rival, Anthropic": a possessor after "to" may not be the one supplied; only a holder
        // the noun is next to takes it.)
        var possessed = customerGroup is not null && customerGroup.End < _s.TokenEnd && _doc.Tokens[customerGroup.End].Norm is "'" or "’";
        var supplier = GroupEndingAt(hit.Start, 3)?.Companies.FirstOrDefault() ?? (customers is null || possessed ? null : SupplierNounHolder(hit)?.Companies.FirstOrDefault());
        if (supplier is not null && customers is not null && customers.Contains(supplier))
        {
            return;
        }

        // "Kiewit is the general contractor for the campus": a supplier of the site the company the text is about builds.
        if (customers is null && _doc.Language == "en" && SiteForAfter(hit.End) && (_topic ?? _s.Topic) is { } siteOwner)
        {
            var nounStart = hit.Start;
            while (nounStart > _s.TokenStart + 1 && hit.Start - nounStart < 4 && _doc.Tokens[nounStart - 1] is { IsWord: true } word
                && char.IsLower(_doc.Text[word.Start]) && !CopulaWords.Contains(word.Norm))
            {
                nounStart--;
            }

            supplier ??= CopulaSubject(nounStart)?.Companies.First();
            customers = supplier == siteOwner ? null : [siteOwner];
        }

        if (customers is null || supplier is null)
        {
            return;
        }

        foreach (var customer in customers)
        {
            _bag.Add(RelTypes.BuysFrom, customer, supplier, _money, _status, null, Evidence);
        }
    }
}
