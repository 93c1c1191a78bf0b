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
        if (_doc.Language == "ar" && hit.End < _s.TokenEnd && _s.GroupAfter(hit.End, 3) is { Prepositional: false } supplierAfter && supplierAfter.Companies.Any()
            && _s.Groups.LastOrDefault(g => g.End <= hit.Start && (hit.Start - g.End <= 3 || DescribedUpTo(g.End, hit.Start))) is { } customerGroup && customerGroup.Companies.Any() && !customerGroup.Members.Intersect(supplierAfter.Members).Any()
            && Enumerable.Range(customerGroup.End, hit.End - customerGroup.End).Any(k => _doc.Tokens[k].Norm is "اكبر" or "ابرز" or "اهم" or "من" or "احد" or "احدي"))
        {
            foreach (var customer in customerGroup.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, customer, supplierAfter.Companies.First(), _money, _status, null, Evidence);
            }

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
            if ((_s.Groups.FirstOrDefault(g => g.End <= named.Start && !g.Prepositional && g.Companies.Any() && !InBrackets(g))?.Companies.First()
                ?? Agents(hit, allowPeople: false, exclude: [.. named.Companies]).FirstOrDefault()) is { } seller && !named.Members.Contains(seller))
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
            && _s.Groups.FirstOrDefault(g => g.End <= its && !g.Prepositional && g.Companies.Any()) is { } itsOwner)
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
            supplier = _s.Groups.FirstOrDefault(g => g.End <= hit.Start && !g.Prepositional && g.Companies.Any())?.Companies.First()
                ?? _s.Topic ?? LastCompanyBefore(hit.Start);
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
                return named is { Prepositional: false } && named.Companies.Any() ? named : null;
            }
        }

        return null;
    }

    // "Power for the campus will come partly from EDF", "Those chips will come from Nvidia", "أما الكهرباء فستأتي من
    // «ناريفا»": goods named before the verb come from the company after it, for the company the text is about.
    private void ReadComeFrom(CueHit hit)
    {
        if (!_s.Cues.Any(c => c.Is("goods") && c.End <= hit.Start && hit.Start - c.End <= 5 && c.Start >= _s.TokenStart)
            || _s.GroupAfter(hit.End, 3) is not { } source || !source.Companies.Any())
        {
            return;
        }

        // The buyer: a company named before the goods in this sentence ("Nscale's power will come from ..."), else the text's.
        var buyer = _s.Groups.FirstOrDefault(g => g.End <= hit.Start && g.Companies.Any() && !g.Members.Intersect(source.Members).Any())?.Companies.First()
            ?? _topic ?? _s.Topic;
        if (buyer is null || source.Members.Contains(buyer))
        {
            return;
        }

        foreach (var supplier in source.Companies)
        {
            _bag.Add(RelTypes.BuysFrom, buyer, supplier, _money, _status, null, Evidence);
        }
    }

    // "Kaveri's largest customer", "Nvidia's biggest buyers": the name before "'s" and up to two adjectives.
    private static readonly string[] CapacityWords = ["capacity", "megawatts", "سعه", "ميغاواط", "ميجاوات", "ميغاوات", "قدرات", "قدره"];

    // The goods right after a verb of renting are capacity ("rent 60 megawatts", "حجز 20 ميغاواط من سعة المركز").
    private bool CapacityAfter(int from) =>
        Enumerable.Range(from, Math.Max(0, Math.Min(_s.TokenEnd, from + 6) - from))
            .Any(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => CapacityWords.Contains(v)) || _doc.Tokens[k].Norm.EndsWith("mw", StringComparison.Ordinal) && _doc.Tokens[k].Kind != Text.TokenKind.Arabic);

    // The names after a list intro ("أبرزها", "including") within a few words, over no other name, cue or clause break.
    private MentionGroup? ListedAfter(int from, int window)
    {
        for (var k = from; k < _s.TokenEnd && k < from + window; k++)
        {
            // ("مؤسسة" is an institution here, though it may also say "founder".)
            if (_s.GroupAt(k) is not null || _s.IsRelationCue(k) && !(_s.CueAt(k) is { } cue && cue.Is("found") && cue.Is("company-cue"))
                || _s.IsClauseBreakWord(k) || _doc.Tokens[k].Norm is "." or ";" or "؛")
            {
                return null;
            }

            if (_s.AfterListIntro(k) is var after && after > k)
            {
                return _s.GroupAfter(after, 3);
            }
        }

        return null;
    }

    // "buy 60 per cent of Ondine": the company a share is of is what is bought, though "of" governs it.
    private static MentionGroup? SharePrepositionFree(MentionGroup? owned) => owned is null ? null : owned with { Prepositional = false };

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

    // "خدمات أمازون السحابية المزود الرئيسي لأنثروبيك", "AMD, a supplier to OpenAI".
    private void ReadSupplierNoun(CueHit hit)
    {
        // "المورد الرئيسي لذاكرة HBM لـ«إنفيديا»", "a supplier of memory to Nvidia": the goods may come between.
        var customers = (_s.ObjectAfter(hit.End, 4, "prep-to") ?? _s.ObjectAfter(hit.End, 8, "prep-to"))?.Companies.ToList();
        var supplier = GroupEndingAt(hit.Start, 3)?.Companies.FirstOrDefault();
        if (customers is null || supplier is null)
        {
            return;
        }

        foreach (var customer in customers)
        {
            _bag.Add(RelTypes.BuysFrom, customer, supplier, _money, _status, null, Evidence);
        }
    }

    private static readonly Dictionary<string, int> SupplierRanks = new(StringComparer.Ordinal)
    {
        ["chips"] = 4, ["hardware"] = 3, ["datacenter"] = 3, ["cloud"] = 3, ["energy"] = 2, ["big-tech"] = 2, ["telecom"] = 2,
    };

    private int SupplierRank(DocEntity company) =>
        _categoryOf(company.Key) is { } category && SupplierRanks.TryGetValue(category, out var rank) ? rank : 0;

    private void ReadPurchase(CueHit hit)
    {
        // "Earlier this year it bought Ottogrid, a small Vancouver firm": a company bought is an acquisition.
        if (_doc.Language == "en" && _doc.Tokens[hit.Start].Norm is "bought" or "buys" or "buy" or "buying" or "purchased" or "purchases"
            && (_s.GroupAfter(hit.End, 2) ?? DescribedCompanyAfter(hit.End) ?? SharePrepositionFree(OwnedAfterShare(hit.End))) is { Prepositional: false, IsProduct: false } bought && bought.Companies.Any()
            && !_s.Cues.Any(c => c.Is("goods") && c.Start >= bought.End && c.Start - bought.End <= 3)
            && !(bought.End < _s.TokenEnd && _doc.Tokens[bought.End].Norm is "'" or "’"))        // "buy Rebellions' inference cards": its goods
        {
            foreach (var buyer in Agents(hit, allowPeople: true, exclude: [.. bought.Companies]))
            {
                foreach (var company in bought.Companies)
                {
                    _bag.Add(RelTypes.InvestsIn, buyer, company, _money, _status, null, Evidence);
                }
            }

            return;
        }

        // "a smaller order from Halcyon Compute", "تلقت أول طلبية من «X»": whoever an order comes from is the customer.
        var orderNoun = _doc.Language == "en" ? _doc.Tokens[hit.Start].Norm is "order" or "orders" : ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "طلبيه" or "طلبيات");
        if (orderNoun && hit.Start > _s.TokenStart
            && _doc.Tokens[hit.Start - 1].Norm is not ("to" or "will" or "would" or "could")
            && _s.ObjectAfter(hit.End, _doc.Language == "en" ? 3 : 6, "prep-from") is { } orderer
            && OrdererFollows(hit.End, orderer.Start))
        {
            foreach (var seller in Agents(hit, allowPeople: false, exclude: [.. orderer.Companies]).DefaultIfEmpty(_s.Topic).OfType<DocEntity>())
            {
                foreach (var customer in orderer.Companies)
                {
                    _bag.Add(RelTypes.BuysFrom, customer, seller, _money, _status, null, Evidence);
                }
            }

            return;
        }

        // "placed its first production order with Samsung", "an order for cooling systems with Vertiv": the one ordered with sells.
        if (_doc.Language == "en" && orderNoun && _s.ObjectAfter(hit.End, 8, "prep-with") is { } orderedWith && orderedWith.Companies.Any())
        {
            foreach (var buyer in Agents(hit, allowPeople: false, exclude: [.. orderedWith.Companies]))
            {
                foreach (var seller in orderedWith.Companies)
                {
                    _bag.Add(RelTypes.BuysFrom, buyer, seller, _money, _status, null, Evidence);
                }
            }

            return;
        }

        if (!_s.Has("goods") && !HasProductMention())
        {
            return;
        }

        // "rents the capacity back out to AI labs", "leases it out": letting out is selling, not buying.
        if (_doc.Language == "en" && Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 5) - hit.End)).Any(k => _doc.Tokens[k].Norm == "out"))
        {
            return;
        }

        var right = _s.GroupAfter(hit.End, 2);
        // "تعتمد X على Y في إنتاج رقائقها", "X relies on Y for chips": the one relied on supplies.
        var relied = IsRelyVerb(hit) ? (_s.ObjectAfter(hit.End, 6, "prep-on") ?? (_doc.Tokens[hit.End - 1].Norm == "on" ? _s.GroupAfter(hit.End, 3) : null)) : null;
        var suppliers = relied?.Companies.ToList() ?? _s.ObjectAfter(hit.End, Window, "prep-from")?.Companies.ToList() ?? SupplierByGoods(hit.End);
        if (suppliers.Count == 0 && DealWithAfter(hit.End) is { } counterparty)
        {
            suppliers = [.. counterparty.Companies];            // "will buy electricity ... under a long-term contract with X"
        }

        // "تجري X محادثات مع Y لاستئجار قدرات حوسبة", "X is in talks with Y to buy chips": the one talked with sells.
        if (suppliers.Count == 0 && _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 2 && g.Companies.Any() && g.Start > _s.TokenStart
                && WordBefore(_s.AfterListIntroBackwards(g.Start)) is { } w && _s.CueAt(w) is { } with && with.Is("prep-with")) is { } talkedWith)
        {
            suppliers = [.. talkedWith.Companies];
        }

        if (suppliers.Count == 0)
        {
            // "تعتمد OpenAI على خدمات Azure": a named product is what is bought; its owner supplies it.
            suppliers = [.. _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.IsProduct && g != right)?.Companies ?? []];
        }

        // "Cohere has signed an agreement to rent 60 megawatts", "حجزت «فاصلة» سعة 8 ميغاواط": capacity taken from no one named
        // is the capacity of the company the text is about, when the sentence names no other company.
        if (suppliers.Count == 0 && CapacityAfter(hit.End) && _topic is { } host && _categoryOf(host.Key) is null or "datacenter" or "cloud" or "telecom"
            && _s.Groups.Where(g => !g.IsProduct).SelectMany(g => g.Companies).Distinct().ToList() is { Count: 1 } named && named[0] != host
            && !_doc.IsCueWord("latter", Math.Min(hit.End, _s.TokenEnd - 1)))
        {
            suppliers = [host];
        }

        if (suppliers.Count == 0)
        {
            return;
        }

        // ("to rent Nvidia GPUs from Fluidstack": a name before the goods is their maker, not the buyer.)
        var brand = right is not null && _s.Cues.Any(c => c.Is("goods") && c.Start >= right.End && c.Start - right.End <= 1);
        var buyers = right is not null && !right.Prepositional && !right.Members.Intersect(suppliers).Any() && !brand
            ? right.Companies.ToList()
            : Agents(hit, allowPeople: false, exclude: suppliers);

        // "على أن تشتري الأخيرة رقائق إنفيديا": the latter is the last company named before, other than the supplier.
        if (hit.End < _s.TokenEnd && _doc.IsCueWord("latter", hit.End) && LastCompanyBefore(hit.Start, suppliers) is { } latter)
        {
            buyers = [latter];
        }
        foreach (var buyer in buyers)
        {
            foreach (var supplier in suppliers)
            {
                _bag.Add(RelTypes.BuysFrom, buyer, supplier, _money, _status, null, Evidence);
            }
        }
    }

    // "طلبية من «X»", "أول طلبية متعددة السنوات من X": nothing but adjectives between; not "طلبية خوادم من X" (goods come
    // from their seller) nor "ستُموَّل بقرض من X" (a lender).
    private bool OrdererFollows(int from, int ordererStart) =>
        Enumerable.Range(from, Math.Max(0, ordererStart - from)).All(k => !_s.Cues.Any(c => c.Start <= k && k < c.End && c.IsAny("goods", "buy", "invest", "fundraise", "deal"))
            && !ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "قرض" or "تمويل" or "loan"));

    // The names after the first "with" (مع) in the clause after token from, over any words but a sentence break.
    private MentionGroup? WithPartyAfter(int from, int window)
    {
        for (var k = from; k < _s.TokenEnd && k < from + window; k++)
        {
            if (_doc.Tokens[k].Norm is "." or ";" or "؛" or ":")
            {
                return null;
            }

            if (_doc.Tokens[k].Norm is "with" or "مع" or "against" or "ضد")
            {
                return _s.GroupAfter(k + 1, 4);
            }
        }

        return null;
    }

    // The names after the first "from" (من) in the clause, over the words of a round ("جمعت ... تمويلاً أولياً بقيمة X من Y").
    private MentionGroup? FromPartyAfter(int from, int window)
    {
        for (var k = from; k < _s.TokenEnd && k < from + window; k++)
        {
            // "حصلت «لسان» على تمويل ... من X": the subject right after an Arabic verb.
            if (_doc.Language == "ar" && k - from <= 1 && _s.GroupAt(k) is { Prepositional: false } subject)
            {
                k = subject.End - 1;
                continue;
            }

            // "جمعت 40 مليون يورو، أي ما يعادل 43 مليون دولار، من X": a comma may set off the amount's conversion.
            if (_doc.Tokens[k].Norm is "." or ";" or "؛" or ":" || _s.GroupAt(k) is not null || k > from && _s.IsRelationCue(k) && !(_s.CueAt(k) is { } c && c.IsAny("prep-from", "prep-in", "prep-of", "object-marker", "fundraise", "invest")))
            {
                return null;
            }

            if (_s.CueAt(k) is { } cue && cue.Start == k && cue.Is("prep-from"))
            {
                return _s.GroupAfter(cue.End, 4) is { } g && (g.Prepositional || !_doc.Tokens[cue.End].IsWord || _doc.IsCueWord("company-cue", cue.End) || g.Start == cue.End) ? g : null;
            }
        }

        return null;
    }

    // The word before token i, over quotes and brackets.
    private int? WordBefore(int i)
    {
        for (var k = i - 1; k >= _s.TokenStart; k--)
        {
            if (_doc.Tokens[k].IsWord)
            {
                return k;
            }
        }

        return null;
    }

    // "under a long-term contract with X", "بموجب عقد مع X": the party of a deal named after a purchase.
    private MentionGroup? DealWithAfter(int from)
    {
        var deal = _s.Cues.FirstOrDefault(c => c.Is("deal") && c.Start >= from && c.Start - from <= Window);
        return deal is null ? null : _s.ObjectAfter(deal.End, 4, "prep-with");
    }

    private bool IsRelyVerb(CueHit hit) =>
        ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "تعتمد" or "يعتمد" or "اعتماد" or "اعتمد" or "اعتمدت")
        || _doc.Tokens[hit.Start].Norm is "relies" or "rely" or "depends" or "relied";

    private void ReadSupply(CueHit hit)
    {
        // "let employees sell $100m of shares to X", "باعت حصتها في Y إلى X": whoever buys shares invests.
        if (StakeSale(hit))
        {
            return;
        }

        if (!_s.Has("goods") && !HasProductMention())
        {
            return;
        }

        // Arabic verb first: "في حين ستوفر «إنوي» الربط"، "تزوّدها «ديل» بالخوادم": the name after the verb supplies.
        if (ReadArabicSupplierAfterVerb(hit))
        {
            return;
        }

        // Recipient: "to X" / "لـ X", "تزويد X بـ...", "the latter".
        var recipients = _s.ObjectAfter(hit.End, 8, "prep-to")?.Companies.ToList() ?? [];
        var right = _s.GroupAfter(hit.End, 2);
        if (recipients.Count == 0 && _doc.IsCueWord("latter", Math.Min(hit.End, _s.TokenEnd - 1)) && LastCompanyBefore(hit.Start) is { } latter)
        {
            recipients.Add(latter);
        }

        // "واختارت X شركة Y لتوريد الخوادم", "X picked Y to supply servers": the object named right before "to supply" supplies
        // the subject.
        var purpose = _doc.Language == "ar" ? _doc.Tokens[hit.Start].Norm.TrimStart('و', 'ف').StartsWith('ل') : hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm == "to";
        if (purpose && GroupEndingAt(_doc.Language == "ar" ? hit.Start : hit.Start - 1, 1) is { Prepositional: false } chosen && chosen.Companies.Any()
            && Agents(hit, allowPeople: false, exclude: [.. chosen.Companies]).FirstOrDefault() is { } chooser && recipients.Count == 0)
        {
            foreach (var supplier in chosen.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, chooser, supplier, _money, _status, null, Evidence);
            }

            return;
        }

        // "Nscale will supply Nvidia processors to Microsoft": the subject supplies what it resells; a named owner of the goods
        // supplies only where no company acts ("تزويد X برقائق إنفيديا").
        var suppliers = Agents(hit, allowPeople: false, exclude: recipients);
        if (suppliers.Count == 0)
        {
            suppliers = SupplierByGoods(hit.End);
        }

        if (recipients.Count == 0 && right is not null && !right.Members.Intersect(suppliers).Any())
        {
            recipients.AddRange(right.Companies);
        }

        // "تجري بايت دانس محادثات مع كامبريكون لتوريد رقائق": the one talked with supplies the one who talks.
        if (recipients.Count == 0 && SupplierByGoods(hit.End).Count == 0
            && _s.Groups.LastOrDefault(g => g.End <= hit.Start && g.Start > _s.TokenStart && g.Companies.Any() && _s.CueAt(g.Start - 1) is { } with && with.Is("prep-with")) is { } party)
        {
            var talker = Agents(hit, allowPeople: false, exclude: [.. party.Companies]);
            if (talker.Count > 0)
            {
                recipients.AddRange(talker);
                suppliers = [.. party.Companies];
            }
        }

        if (recipients.Count == 0)
        {
            // "X invests in Y to supply chips": the investee buys from the investor.
            recipients.AddRange(_sentenceInvestments.Where(r => suppliers.Contains(r.Investor)).Select(r => r.Investee));
        }

        foreach (var recipient in recipients.Distinct())
        {
            foreach (var supplier in suppliers)
            {
                _bag.Add(RelTypes.BuysFrom, recipient, supplier, _money, _status, null, Evidence);
            }
        }
    }

    private bool ReadArabicSupplierAfterVerb(CueHit hit)
    {
        var norm = _doc.Tokens[hit.Start].Norm;
        if (_doc.Language != "ar" || hit.End - hit.Start != 1 || norm.TrimStart('و', 'ف').StartsWith('ل')
            || ArabicAffixes.AffixVariants(norm).Any(v => v is "توفير" or "تزويد" or "توريد" or "بيع" or "امداد" or "تقديم")
            || GroupEndingAt(hit.Start, 1) is { Prepositional: false }
            || _s.GroupAfter(hit.End, 2) is not { Prepositional: false } subject || !subject.Companies.Any())
        {
            return false;
        }

        var suppliers = subject.Companies.ToList();
        // "وتبيع «X» خدماتها لأكثر من ثلاثين مؤسسة، أبرزها Y": the customers a list names.
        if (ListedAfter(subject.End, 12) is { } listedCustomers)
        {
            foreach (var listedCustomer in _s.ListWithContinuations(listedCustomers).Where(c => !c.IsPerson && !suppliers.Contains(c)))
            {
                foreach (var supplier in suppliers)
                {
                    _bag.Add(RelTypes.BuysFrom, listedCustomer, supplier, _money, _status, null, Evidence);
                }
            }

            return true;
        }

        // The pronoun on "تزوّد" is the customer, the sentence's subject: "أعلنت «إن سكيل» ...، فيما تزوّدها «ديل»". On "توفر",
        // "تورد" it is the goods ("فستوردها «شنايدر»").
        var recipients = new List<DocEntity>();
        if (hit.Suffix is "ها" or "ه" && norm.Contains("زود", StringComparison.Ordinal)
            && (_s.Groups.FirstOrDefault(g => g.End <= hit.Start && !g.Prepositional && g.Companies.Any())?.Companies.First() ?? _s.Topic) is { } customer && !suppliers.Contains(customer))
        {
            recipients.Add(customer);
        }

        recipients.AddRange(_s.ObjectAfter(subject.End, 8, "prep-to")?.Companies.Except(suppliers) ?? []);
        if (recipients.Count == 0 && _s.GroupAfter(subject.End, 2) is { Prepositional: false } second)
        {
            recipients.AddRange(second.Companies.Except(suppliers));    // "تزود «ديل» «نسكيل» بالخوادم"
        }

        foreach (var recipient in recipients.Distinct())
        {
            foreach (var supplier in suppliers)
            {
                _bag.Add(RelTypes.BuysFrom, recipient, supplier, _money, _status, null, Evidence);
            }
        }

        return true;
    }

    /// <summary>
    /// The token after a description set off by commas right after a name ("Vattenfall, a Swedish utility, ...",
    /// "«ناريفا»، شركة الطاقة المغربية، ..."), else <paramref name="groupEnd"/>.
    /// </summary>
    private int AppositionEnd(int groupEnd)
    {
        var k = groupEnd;
        while (k < _s.TokenEnd && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("," or "،" or "." or ";" or "؛"))
        {
            k++;
        }

        if (k >= _s.TokenEnd || _doc.Tokens[k].Norm is not ("," or "،") || k + 1 >= _s.TokenEnd
            || !(_doc.Tokens[k + 1].Norm is "a" or "an" or "the" or "وهي" or "وهو" || _doc.Tokens[k + 1].Kind == Text.TokenKind.Arabic && !_s.IsRelationCue(k + 1)))
        {
            return groupEnd;
        }

        for (var j = k + 1; j < _s.TokenEnd && j <= k + 12; j++)
        {
            if (_doc.Tokens[j].Norm is "," or "،")
            {
                return j + 1;
            }

            if (_doc.Tokens[j].Norm is "." or ";" or "؛" or ":" || _s.IsRelationCue(j) || _s.GroupAt(j) is not null)
            {
                return groupEnd;
            }
        }

        return groupEnd;
    }

    /// <summary>Goods named just before the cue or in the words after it.</summary>
    private bool GoodsNear(CueHit hit)
    {
        var end = hit.End;
        var skipped = false;
        while (end < _s.TokenEnd && end < hit.End + 14 && _doc.Tokens[end].Norm is not ("،" or "," or ";" or "؛"))
        {
            end++;
            // "a contract with Skarv, a Norwegian firm, for airframe parts": over the description of the party.
            if (!skipped && _s.Groups.FirstOrDefault(g => g.End == end) is { } party && AppositionEnd(party.End) is var after && after > party.End)
            {
                skipped = true;
                end = after;
            }
        }

        return _s.Cues.Any(c => c.Is("goods") && c.Start >= hit.Start - 2 && c.Start < end)
            || _s.Groups.Any(g => g.IsProduct && g.Start > hit.End && g.Start < end);
    }

    /// <summary>The owner of what is bought: "شرائح تراينيوم", "رقائق إنفيديا", "الخاصة بأمازون", "Nvidia chips".</summary>
    private List<DocEntity> SupplierByGoods(int from)
    {
        foreach (var goods in _s.Cues.Where(c => c.Is("goods") && c.Start >= from - 1))
        {
            if (_s.GroupAfter(goods.End, 4) is { } after && after.Companies.Any())
            {
                return [.. after.Companies];
            }

            // (Not over a comma: "inference cards, its chief executive said".)
            if (_s.TopicAfter(goods.End) is { } topicOwner && !Enumerable.Range(goods.End, Math.Max(0, topicOwner.Start - goods.End)).Any(k => _doc.Tokens[k].Norm is "," or "،"))
            {
                return [.. topicOwner.Companies];               // "يستخدم بنك X نماذج الشركة": the company the text is about
            }

            if (_doc.Language == "en" && OwnerBeforeGoods(goods.Start) is { } before)
            {
                return [.. before.Companies];
            }
        }

        return [];
    }

    // "Nvidia chips", "Nvidia's graphics processors", "AMD's latest accelerators".
    private MentionGroup? OwnerBeforeGoods(int goodsStart)
    {
        // "Nvidia has invested in X and Y, and both buy its chips": "its" is the company the sentence opened with.
        if (goodsStart > _s.TokenStart && _doc.Tokens[goodsStart - 1].Norm == "its" && _s.Cues.Any(c => c.Is("pair-ref") && c.End <= goodsStart)
            && _s.Groups.FirstOrDefault(x => x.Start == FirstWordOfSentence() && x.Companies.Any()) is { } opener)
        {
            return opener;
        }

        var g = _s.Groups.LastOrDefault(x => x.End <= goodsStart && goodsStart - x.End <= 4 && x.Companies.Any());
        if (g is null)
        {
            return null;
        }

        for (var k = g.End; k < goodsStart; k++)
        {
            var t = _doc.Tokens[k];
            if (t.IsWord && !(t.Norm is "s" || (t.Kind == Text.TokenKind.Latin && char.IsLower(_doc.Text[t.Start]) && !_doc.IsCueWord("object-marker", k))))
            {
                return null;
            }
        }

        return g;
    }

    private bool HasProductMention() => _s.Groups.Any(g => g.IsProduct);
}
