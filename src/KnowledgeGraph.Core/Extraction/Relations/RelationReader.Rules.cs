using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private const int Window = 20;

    private void ReadInvestment(CueHit hit)
    {
        // "ذراع الاستثمار الجريء لمجموعة X", "صندوق الاستثمار", "the investment arm": a noun of a name, no investing.
        if (hit.Start > _s.TokenStart && ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start - 1].Norm).Any(v => v is "ذراع" or "صندوق" or "صناديق" or "شركه" or "هيئه" or "جهاز" or "مجلس")
            || hit.End < _s.TokenEnd && _doc.Tokens[hit.Start].Norm is "investment" && _doc.Tokens[hit.End].Norm is "arm" or "fund" or "firm" or "vehicle" or "unit")
        {
            return;
        }

        var investees = (hit.Is("own") && !hit.Is("invest") ? _s.ObjectAfter(hit.End, 8, "prep-in", "prep-of") ?? OwnedAfterShare(hit.End) : _s.ObjectAfter(hit.End, Window, "prep-in"))?.Companies.ToList() ?? [];
        if (investees.Count == 0 && hit.Is("own") && WhichBefore(hit.Start) is { } owned)
        {
            investees.AddRange(owned.Companies);                // "Arm Holdings, in which SoftBank holds 90%"
        }

        if (investees.Count == 0 && hit.Is("own") && !hit.Is("invest"))
        {
            return;
        }

        if (investees.Count == 0 && hit.Is("invest-direct") && _s.GroupAfter(hit.End, 2) is { Prepositional: false } directObject)
        {
            investees = [.. directObject.Companies];               // "Nvidia also backed Nscale's Series B"
        }

        if (investees.Count == 0 && hit.Is("acquire"))
        {
            var onObject = _s.ObjectAfter(hit.End, 6, "prep-on");
            var after = _s.GroupAfter(hit.End, 3);
            // "«إليزا»، التي استحوذت «كيه دي دي آي» على حصة فيها": after an Arabic verb stands its subject; "التي" is what was bought.
            investees = onObject is null && _doc.Language == "ar" && after is { Prepositional: false } && WhichBefore(hit.Start) is { } antecedent && antecedent.Companies.Any()
                ? [.. antecedent.Companies]
                : (onObject ?? after)?.Companies.ToList() ?? [];
        }

        // "استثمار شركة إنفيديا في OpenAI": the investor between the cue and the investee.
        var investors = new List<DocEntity>();
        var afterPronoun = hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } pronoun && pronoun.Is("topic-pronoun") ? pronoun.End : hit.End;
        var between = _s.GroupAfter(afterPronoun, 3);   // "تضخ فيها سوفت بنك وأوراكل ...
        if (between is not null && investees.Count > 0 && !between.Members.Intersect(investees).Any() && !between.Prepositional)
        {
            investors.AddRange(between.Members);
        }

        // "مباحثات بين أمازون وأوبن إيه آي للاستثمار": the first of the pair invests in the second.
        if (BetweenPairBefore(hit.Start) is { } pair && pair.Members.Count == 2)
        {
            if (investees.Count == 0)
            {
                investors.Add(pair.Members[0]);
                investees.Add(pair.Members[1]);
            }
        }

        if (investees.Count == 0)
        {
            return;
        }

        if (investors.Count == 0)
        {
            investors.AddRange(Agents(hit, allowPeople: true));
        }

        foreach (var investor in investors)
        {
            foreach (var investee in investees)
            {
                _bag.Add(RelTypes.InvestsIn, investor, investee, _money, _status, null, Evidence);
                _sentenceInvestments.Add((investor, investee));
            }
        }
    }

    private void ReadFundraise(CueHit hit)
    {
        if (ReadRoundRole(hit))
        {
            return;
        }

        // "Y raised $2bn from A and B", "جمعت Y ... من X", "round led by X" (a lead needs a round: "OpenAI, led by Sam Altman" is no investment).
        if (hit.Is("led-by") && !_s.Cues.Any(c => (c.Is("fundraise") || c.Is("invest")) && (IsRoundWord(c) || _money is not null)))
        {
            ReadLedByPerson(hit);
            return;
        }

        var investors = (_s.ObjectAfter(hit.End, Window, "prep-from", "led-by") ?? (hit.Is("led-by") ? _s.GroupAfter(hit.End, 3) : null)
            ?? (hit.Is("fundraise") ? FromPartyAfter(hit.End, Window) : null))?.Members.ToList();

        // "قادت علي بابا جولة تمويل في مونشوت", "Nvidia led a $1bn round in Poolside": the lead invests in the round's company.
        if ((investors is null || investors.Count == 0) && IsRoundWord(hit)
            && _s.Cues.LastOrDefault(c => c.Is("lead-verb") && c.End <= hit.Start) is { } lead
            && _s.ObjectAfter(hit.End, Window, "prep-in")?.Companies.ToList() is { Count: > 0 } roundCompanies)
        {
            foreach (var leader in Agents(lead, allowPeople: false, exclude: roundCompanies))
            {
                foreach (var company in roundCompanies)
                {
                    _bag.Add(RelTypes.InvestsIn, leader, company, _money, _status, null, Evidence);
                    _sentenceInvestments.Add((leader, company));
                }
            }

            return;
        }

        if (investors is null || investors.Count == 0)
        {
            // "Tenstorrent raised $693m": the company whose round later sentences speak of ("The round was led by X").
            // The first raise of a sentence names its company: "X has raised $1bn in a round led by Y, the largest funding round ever".
            if (hit.Is("fundraise") && _round?.Sentence != _s.Sentence.Index && Agents(hit, allowPeople: false).FirstOrDefault() is { } raising
                && !_sentenceInvestments.Any(r => r.Investor == raising))
            {
                _round = (raising, _s.Sentence.Index);
            }

            return;
        }

        // "The round was led by X": the round's company is the one that raised it lately, else the subject of the sentence before.
        var investee = _s.ObjectAfter(hit.End, 4, "prep-to")?.Companies.FirstOrDefault() ?? Agents(hit, allowPeople: false, exclude: investors).FirstOrDefault()
            ?? (_s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c)) && (RecentRound() ?? _s.Topic) is { } roundCompany && !investors.Contains(roundCompany) ? roundCompany : null);
        if (investee is null)
        {
            return;
        }

        _round = (investee, _s.Sentence.Index);

        foreach (var investor in investors.Where(i => i != investee))
        {
            _bag.Add(RelTypes.InvestsIn, investor, investee, _money, _status, null, Evidence);
            _sentenceInvestments.Add((investor, investee));
        }
    }

    // "OpenAI, led by Sam Altman, ...", "Yotta, the Mumbai-based cloud provider led by Sunil Gupta": the person leads the company.
    private void ReadLedByPerson(CueHit hit)
    {
        if (_s.GroupAfter(hit.End, 2) is not { } led || !led.People.Any()
            || _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 8 && g.Companies.Any()) is not { } company
            || Enumerable.Range(company.End, hit.Start - company.End).Any(k => _s.IsRelationCue(k) || _doc.Tokens[k].Norm is "." or ";" or "؛"))
        {
            return;
        }

        foreach (var person in led.People)
        {
            _bag.Add(RelTypes.WorksFor, person, company.Companies.Last(), null, null, "leader", Evidence);
        }
    }

    private DocEntity? RecentRound() => _round is { } r && _s.Sentence.Index - r.Sentence <= 3 ? r.Company : null;

    // "Mistral's customers include CMA CGM and BNP Paribas", "من عملاء أمازون شركات مثل X".
    private void ReadCustomers(CueHit hit)
    {
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
        var supplier = (GroupEndingAt(hit.Start, 2) ?? (PossessiveBefore(hit.Start) is { } owner ? owner : null)
            ?? (_s.GroupAfter(hit.End, 2) is { } genitive && (genitive.Start == hit.End || !_doc.Tokens[hit.End].IsWord) ? genitive : null))?.Companies.FirstOrDefault();   // "عملاء «X»"
        var possessive = hit.Suffix is "ها" || _doc.Tokens[hit.End - 1].Norm.EndsWith("ها", StringComparison.Ordinal)
            || (hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "its" or "their");
        // "Micron said its mobile customers, including Apple, ...": over adjectives, "its" is the company named before it in
        // the sentence (not in "one of its biggest customers", where the one named before is the customer).
        if (!possessive && Enumerable.Range(Math.Max(_s.TokenStart + 1, hit.Start - 3), Math.Max(0, Math.Min(3, hit.Start - _s.TokenStart - 1)))
                .FirstOrDefault(k => _doc.Tokens[k].Norm is "its" or "their", -1) is var its and >= 0
            && _doc.Tokens[its - 1].Norm is not ("of" or "among")
            && Enumerable.Range(its + 1, hit.Start - its - 1).All(j => _doc.Tokens[j].Kind == Text.TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[j].Start]))
            && _s.Groups.FirstOrDefault(g => g.End <= its && !g.Prepositional && g.Companies.Any()) is { } itsOwner)
        {
            supplier ??= itsOwner.Companies.First();
        }

        // "demand from customers such as OpenAI", "عملاء مثل X": customers a list names, of the company that acts.
        var listed = hit.End < _s.TokenEnd && _s.AfterListIntro(hit.End) > hit.End;
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

        var customers = _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 8 && !g.Members.Contains(supplier!))?.Companies.ToList();
        if (supplier is null || customers is null)
        {
            return;
        }

        foreach (var customer in customers)
        {
            _bag.Add(RelTypes.BuysFrom, customer, supplier, null, null, null, Evidence);
        }
    }

    private MentionGroup? CustomerNamedBeforeAs(CueHit hit)
    {
        for (var k = hit.Start - 1; k >= _s.TokenStart && k >= hit.Start - 4; k--)
        {
            if (_doc.Tokens[k].Norm is "as")
            {
                return GroupEndingAt(k, 1) is { Prepositional: false } named && named.Companies.Any() ? named : null;
            }
        }

        return null;
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

    // "خدمات أمازون السحابية المزود الرئيسي لأنثروبيك", "AMD, a supplier to OpenAI".
    private void ReadSupplierNoun(CueHit hit)
    {
        var customers = _s.ObjectAfter(hit.End, 4, "prep-to")?.Companies.ToList();
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

    /// <summary>"X, in which Y holds ...", "X، التي تملك فيها Y": the company before "in which".</summary>
    private MentionGroup? WhichBefore(int token)
    {
        for (var k = token - 1; k > _s.TokenStart && k >= token - 6; k--)
        {
            if (_doc.Tokens[k].Norm is "which" or "التي" or "الذي" or "whom")
            {
                return GroupEndingAt(k, 3);
            }
        }

        return null;
    }

    private bool IsRoundWord(CueHit c)
    {
        var norm = _doc.Tokens[c.Start].Norm;
        return norm.Contains("جول", StringComparison.Ordinal) || norm.Contains("تمويل", StringComparison.Ordinal) || norm.Contains("استثمار", StringComparison.Ordinal)
            || norm is "جمعت" or "جمع" or "وجمعت" or "تجمع" or "يجمع"
            || norm is "round" or "funding" or "series" or "seed" or "investment" or "investors" or "raised" or "raises" or "raise";
    }

    private void ReadJoinRound(CueHit hit)
    {
        // "بمشاركة X وY" / "with participation from X": the investors follow; "X participated in the round of Y": X acts.
        // "Barclays joined last year", "Wang joined Meta": joining is a round's only where the sentence speaks of one.
        if (hit.End - hit.Start == 1 && _doc.Tokens[hit.Start].Norm is "joined" or "joining" && !_s.Cues.Any(c => c.Is("fundraise") || c.Is("invest")))
        {
            return;
        }

        // "X was joined by Y and Z": Y and Z join X's round, so the names after "by" invest, never in X.
        var joinedBy = _doc.Tokens[hit.End - 1].Norm is "by";
        var nounForm = joinedBy || _doc.Tokens[hit.Start].Norm is "بمشاركه" or "participation" or "alongside" || (hit.End - hit.Start == 1 && _doc.Language == "ar");
        List<DocEntity> investors;
        if (nounForm)
        {
            // "with participation from X", "بمشاركة كل من X و Y".
            var from = hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } prep && prep.Start == hit.End && prep.IsAny("prep-from", "prep-of") ? prep.End : hit.End;
            investors = _s.GroupAfter(_s.AfterListIntro(from), 3)?.Members.ToList() ?? [];
        }
        else if (GroupEndingAt(hit.Start, 2) is { } withGroup && WithBefore(withGroup) is { } with)
        {
            // "led by X, with Y and Z also participating", "with A, B and Canada's C also putting in money": every name after "with".
            investors = [.. _s.Groups.Where(g => g.Start > with && g.End <= hit.Start && !InBrackets(g)).SelectMany(g => g.Companies).Distinct()];
        }
        else
        {
            investors = Agents(hit, allowPeople: false);
            // "AMD Ventures, Nvidia and the Canadian pension manager PSP Investments also took part": the whole list before the verb.
            if (_doc.Language == "en" && investors.Count > 0 && SubjectListBefore(hit.Start) is { Count: > 0 } list)
            {
                investors = [.. list.Union(investors)];
            }
        }

        if (investors.Count == 0)
        {
            return;
        }

        // "X took part, as did Y", "X joined the round, alongside Y", "إلى جانب Y": Y is one more investor, not the investee.
        if (!nounForm)
        {
            foreach (var g in _s.Groups.Where(g => g.Start >= hit.End && g.Start - hit.End <= Window && CoInvestorMarkerBefore(g.Start)))
            {
                investors.AddRange(g.Companies.Where(c => !investors.Contains(c)));
            }
        }

        var investee = _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= Window && !g.Members.Intersect(investors).Any() && g.Companies.Any())?.Companies.First();

        // "قادتها X بمشاركة Y": Y joins the same round as the lead, so Y invests where the lead does, never in the lead.
        var leads = _sentenceInvestments.Select(r => r.Investor).ToList();
        if (_sentenceInvestments.Count > 0 && (nounForm || investee is null || leads.Contains(investee)))
        {
            investee = _sentenceInvestments[^1].Investee;
        }
        else if (joinedBy)
        {
            investee = RecentRound() ?? _topic ?? _s.Topic;
        }
        else if (nounForm || investee is null)
        {
            investee = Agents(hit, allowPeople: false, exclude: investors).FirstOrDefault() ?? RecentRound() ?? _topic ?? _s.Topic;
        }

        if (investee is not null && leads.Contains(investee))
        {
            return;
        }

        if (investee is null)
        {
            return;
        }

        foreach (var investor in investors)
        {
            _bag.Add(RelTypes.InvestsIn, investor, investee, _money, _status, null, Evidence);
            _sentenceInvestments.Add((investor, investee));
        }
    }

    // The names listed from the start of the sentence up to a verb, over commas, "and" and lower-case descriptions.
    private List<DocEntity>? SubjectListBefore(int verb)
    {
        var groups = _s.Groups.Where(g => g.End <= verb && !g.Prepositional && !InBrackets(g)).ToList();
        if (groups.Count == 0 || groups[0].Start != FirstWordOfSentence())
        {
            return null;
        }

        for (var k = groups[0].End; k < verb; k++)
        {
            var t = _doc.Tokens[k];
            if (groups.Any(g => g.Start <= k && k < g.End) || !t.IsWord && t.Norm is "," || t.Kind == Text.TokenKind.Latin && (char.IsLower(_doc.Text[t.Start]) || _doc.IsCommonWord(k))
                || t.Kind == Text.TokenKind.Latin && char.IsUpper(_doc.Text[t.Start]) && k + 1 < verb && groups.Any(g => g.Start == k + 1))
            {
                continue;                                       // "the Canadian pension manager PSP": a capitalised adjective before a name
            }

            return null;
        }

        return [.. groups.SelectMany(g => g.Companies).Distinct()];
    }

    private bool CoInvestorMarkerBefore(int start)
    {
        for (var k = start - 1; k >= _s.TokenStart && k >= start - 6; k--)
        {
            var norm = _doc.Tokens[k].Norm;
            if (norm is "alongside" or "did" or "جانب" || norm is "as" && k + 1 < start && _doc.Tokens[k + 1].Norm is "did" or "well")
            {
                return true;
            }

            // "as did Swedish defence group Saab", "إلى جانب المستثمر الحالي «X»": a description may stand between.
            if (!_doc.Tokens[k].IsWord && norm is "," or "،" or "." || _s.IsRelationCue(k) && !(_s.CueAt(k) is { } cue && cue.Is("investor-noun")))
            {
                return false;
            }
        }

        return false;
    }

    // The "with" that opens a list ending in this group: "with A, B and C", over commas, "and" and possessives only.
    private int? WithBefore(MentionGroup last)
    {
        for (var k = last.Start - 1; k >= _s.TokenStart && k >= last.Start - 20; k--)
        {
            if (_s.CueAt(k) is { } cue && cue.Is("prep-with"))
            {
                return k;
            }

            if (_s.Groups.Any(g => g.Start <= k && k < g.End) || !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is "," or "'" or "’"
                || _doc.Tokens[k].Norm is "and" or "s" || _s.IsFiller(k) || _doc.Tokens[k].Kind == Text.TokenKind.Latin && char.IsUpper(_doc.Text[_doc.Tokens[k].Start]))
            {
                continue;
            }

            return null;
        }

        return null;
    }

    private void ReadPurchase(CueHit hit)
    {
        // "Earlier this year it bought Ottogrid, a small Vancouver firm": a company bought is an acquisition.
        if (_doc.Language == "en" && _doc.Tokens[hit.Start].Norm is "bought" or "buys" or "buy" or "buying" or "purchased" or "purchases"
            && _s.GroupAfter(hit.End, 2) is { Prepositional: false, IsProduct: false } bought && bought.Companies.Any()
            && !_s.Cues.Any(c => c.Is("goods") && c.Start >= bought.End && c.Start - bought.End <= 3))
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

        // "a smaller order from Halcyon Compute": whoever an order comes from is the customer.
        if (_doc.Language == "en" && _doc.Tokens[hit.Start].Norm is "order" or "orders" && hit.Start > _s.TokenStart
            && _doc.Tokens[hit.Start - 1].Norm is not ("to" or "will" or "would" or "could")
            && _s.ObjectAfter(hit.End, 3, "prep-from") is { } orderer)
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

        if (!_s.Has("goods") && !HasProductMention())
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

        if (suppliers.Count == 0)
        {
            return;
        }

        var buyers = right is not null && !right.Prepositional && !right.Members.Intersect(suppliers).Any()
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

    // "يملك جهاز قطر 40% من الشركة", "تملك X 53% من رأسمال «Y»", "holds 7% of Y": the company after a share.
    private MentionGroup? OwnedAfterShare(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 8; k++)
        {
            if (_doc.Tokens[k].Norm is "%" or "٪" && k + 1 < _s.TokenEnd && _doc.Tokens[k + 1].Norm is "من" or "of" or "in" or "في")
            {
                var after = k + 2;
                if (after < _s.TokenEnd && _doc.Tokens[after].Norm is "راسمال" or "راس" or "اسهم" or "capital" or "shares")
                {
                    after += _doc.Tokens[after].Norm == "راس" ? 2 : 1;
                }

                return _s.GroupAfter(after, 3) ?? _s.TopicAfter(after);
            }
        }

        return null;
    }

    private bool StakeSale(CueHit hit)
    {
        var stake = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 8) - hit.End))
            .FirstOrDefault(k => _doc.Tokens[k].Norm is "shares" or "stake" or "stakes" or "equity" or "اسهم" or "الاسهم" or "حصه" or "حصتها" or "حصته" or "حصص", -1);
        // "to X", "إلى X" (not "to fund X": an infinitive).
        var to = stake < 0 ? -1 : Enumerable.Range(stake, Math.Max(0, Math.Min(_s.TokenEnd - 1, stake + 10) - stake)).FirstOrDefault(k => _doc.Tokens[k].Norm is "to" or "الي" or "إلى", -1);
        if (to < 0 || _doc.Tokens[to + 1].Kind == Text.TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[to + 1].Start]) && _doc.Tokens[to + 1].Norm != "the"
            || _s.GroupAfter(to + 1, 3) is not { } buyers || !buyers.Companies.Any())
        {
            return false;
        }

        // The shares are of the company named after "in" (في), else of the one that sells them, else of the one the text is about.
        var company = _s.ObjectAfter(stake, 3, "prep-in")?.Companies.FirstOrDefault(c => !buyers.Members.Contains(c))
            ?? Agents(hit, allowPeople: false, exclude: [.. buyers.Companies]).FirstOrDefault() ?? _s.Topic;
        if (company is null)
        {
            return false;
        }

        foreach (var buyer in buyers.Companies)
        {
            _bag.Add(RelTypes.InvestsIn, buyer, company, _money, _status, null, Evidence);
        }

        return true;
    }

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
            if (_doc.Tokens[k].Norm is "." or ";" or "؛" or ":" or "،" or "," || _s.GroupAt(k) is not null)
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

    private void ReadPartnership(CueHit hit)
    {
        var others = _s.ObjectAfter(hit.End, Window, "prep-with", "prep-to")?.Companies.ToList() ?? [];
        var agents = new List<DocEntity>();
        if (BetweenPairAfter(hit.End) is { } pair)
        {
            agents.Add(pair[0]);
            others = [.. pair.Skip(1)];
        }
        else if (_s.GroupAfter(hit.End, 2) is { } genitive && genitive.Companies.Count() >= 2 && others.Count == 0)
        {
            var members = genitive.Companies.ToList();
            agents.Add(members[0]);
            others = [.. members.Skip(1)];
        }

        // "وتتنافس «دو» و«e&» على عقود الحكومة": rivals bidding for contracts are no partners.
        var rivalsBefore = _s.Cues.Any(c => c.Is("compete") && c.End <= hit.Start && hit.Start - c.End <= 12);
        if (others.Count == 0 && agents.Count == 0 && !rivalsBefore && PairBefore(hit.Start) is { } together)
        {
            agents.Add(together[0]);                                  // "أعلنت سامسونج وOpenAI عن شراكة", "Microsoft and OpenAI announced a partnership"
            others = [.. together.Skip(1)];
        }

        if (others.Count == 0 && agents.Count == 0 && WithObjectBefore(hit.Start) is { } withBefore)
        {
            others = [.. withBefore.Companies];                       // "وقعت أرامكو مع إنفيديا اتفاقية", "أعلنت مع شركة X شراكة"
        }

        if (others.Count == 0 || rivalsBefore && hit.Is("deal") && !hit.Is("partner"))
        {
            return;                                                   // "تتنافس X على عقود ... مع Y": the contracts are what they compete for
        }

        if (agents.Count == 0)
        {
            agents = Agents(hit, allowPeople: false, exclude: others);
        }

        // A deal is a purchase when what is bought is named around it ("a $10bn cloud contract", "صفقات ... لشراء الرقائق").
        // A contract with a company that sells compute, chips or data centres is a purchase from it, goods named or not:
        // "Microsoft signed a $9.7bn contract with IREN".
        // "اتفاقية تعاون", "partnership agreement": a deal named a partnership is one.
        var namedPartnership = _s.Cues.Any(c => c.Is("partner") && c != hit && Math.Abs(c.Start - hit.Start) <= 2);
        // "a supply agreement with Tenaga", "اتفاقية توريد مع X", "a power purchase agreement": a deal to supply is a purchase.
        var supplyDeal = hit.Is("deal") && Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 2), Math.Min(4, _s.TokenEnd - Math.Max(_s.TokenStart, hit.Start - 2)))
            .Any(k => k != hit.Start && _doc.Tokens[k].Norm is "supply" or "offtake" or "purchase" or "توريد" or "تزويد" or "شراء");
        // "will buy electricity ... under a long-term contract with X": the deal is the vehicle of a purchase read before it.
        var buyBefore = hit.Is("deal") && _s.Cues.Any(c => c.Is("buy") && c.End <= hit.Start && hit.Start - c.End <= 12) && !namedPartnership;
        var purchase = hit.Is("hire") || supplyDeal || buyBefore || (hit.Is("deal") && !hit.Is("partner") && !namedPartnership && (GoodsNear(hit)
            || ((_money is not null || _doc.Tokens[hit.Start].Norm is "contract" or "عقد" or "عقدا") && agents.Count == 1 && others.Count == 1 && Math.Max(SupplierRank(agents[0]), SupplierRank(others[0])) >= 3
                && SupplierRank(agents[0]) != SupplierRank(others[0]))));
        var supplierIsAgent = purchase && !hit.Is("hire") && _s.Cues.Any(c => c.Is("supply") && c.Start > hit.Start);
        if (purchase && !hit.Is("hire") && !supplierIsAgent && agents.Count == 1 && others.Count == 1 && SupplierRank(agents[0]) > SupplierRank(others[0]))
        {
            supplierIsAgent = true;                                    // "Nebius signed a capacity deal with Microsoft": the cloud sells
        }

        // A supply deal with a power company: the power company supplies, whoever signs ("Crusoe signed a supply agreement with NextEra").
        if (supplyDeal && agents.Count == 1 && others.Count == 1 && (_categoryOf(agents[0].Key) == "energy") != (_categoryOf(others[0].Key) == "energy"))
        {
            supplierIsAgent = _categoryOf(agents[0].Key) == "energy";
        }
        foreach (var agent in agents)
        {
            foreach (var other in others)
            {
                if (!purchase)
                {
                    _bag.Add(RelTypes.PartnersWith, agent, other, _money, _status, null, Evidence);
                }
                else if (supplierIsAgent)
                {
                    _bag.Add(RelTypes.BuysFrom, other, agent, _money, _status, null, Evidence);
                }
                else
                {
                    _bag.Add(RelTypes.BuysFrom, agent, other, _money, _status, null, Evidence);
                }
            }
        }
    }

    private void ReadCompetition(CueHit hit)
    {
        // "تتنافس «لوسيل» على عقود الحوسبة في الخليج مع «خزنة»", "competes for contracts with X": what is competed for may stand between.
        var rivalsGroup = _s.ObjectAfter(hit.End, 10, "prep-with", "prep-from", "prep-against", "prep-to") ?? WithPartyAfter(hit.End, 14);
        List<DocEntity> others = rivalsGroup is null ? [] : [.. rivalsGroup.Companies, .. CoordinatedObjects(rivalsGroup)];
        if (others.Count == 0 && BetweenPairAfter(hit.End) is { } pair)
        {
            foreach (var other in pair.Skip(1))
            {
                _bag.Add(RelTypes.CompetesWith, pair[0], other, null, null, null, Evidence);
            }

            return;
        }

        // "اللحاق بأوبن إيه آي وأنثروبيك، أبرز منافسيها": the rivals stand right before "her rivals".
        if (others.Count == 0 && hit.Suffix is "ها" or "ه" && _s.GroupAfter(hit.End, 2) is null && GroupEndingAt(hit.Start, 3) is { } rivals)
        {
            others = [.. rivals.Companies];
            var owner = _s.Groups.FirstOrDefault(g => g.End <= rivals.Start && !g.Prepositional && g.Companies.Any())?.Companies.First() ?? LastCompanyBefore(rivals.Start);
            foreach (var other in others)
            {
                if (owner is not null)
                {
                    _bag.Add(RelTypes.CompetesWith, owner, other, null, null, null, Evidence);
                }
            }

            return;
        }

        var agents = Agents(hit, allowPeople: false, exclude: others);

        // "Rivals including Crusoe and Aligned are building nearby": rivals of the company the text is about.
        if (others.Count == 0 && hit.Start == FirstWordOfSentence() && _doc.Tokens[hit.Start].Norm is "rivals" or "competitors" or "منافسون" or "منافسين"
            && _s.GroupAfter(hit.End, 3) is { } listed && _s.Topic is { } rivalled && !listed.Members.Contains(rivalled))
        {
            foreach (var rival in listed.Companies)
            {
                _bag.Add(RelTypes.CompetesWith, rivalled, rival, null, null, null, Evidence);
            }

            return;
        }

        // "وتنافس «لمحة» شركة «بصيرة تك» المحلية": verb, subject, object.
        if (others.Count == 0 && _doc.Language == "ar" && _s.GroupAfter(hit.End, 3) is { Prepositional: false } subject && subject.Companies.Any()
            && (_s.GroupAfter(subject.End, 4) ?? _s.ListAfterDescription(subject.End)) is { Prepositional: false } objectGroup && objectGroup.Companies.Any())
        {
            agents = [.. subject.Companies];
            others = [.. objectGroup.Companies, .. CoordinatedObjects(objectGroup)];
        }

        if (others.Count == 0)
        {
            // "Amazon and Microsoft compete", "X rivals Y".
            if (_s.GroupAfter(hit.End, 2) is { } direct && !direct.Prepositional)
            {
                others = [.. direct.Companies];
            }
            else if (GroupEndingAt(hit.Start, 2) is { } pairGroup && pairGroup.Companies.Count() >= 2)
            {
                var members = pairGroup.Companies.ToList();
                agents = [members[0]];
                others = [.. members.Skip(1)];
            }
            else if (agents.Count >= 2)
            {
                others = [.. agents.Skip(1)];                      // "وتتنافس «دو» و«إي آند» على ...": the subjects compete with each other
                agents = [agents[0]];
            }
        }

        foreach (var agent in agents)
        {
            foreach (var other in others)
            {
                _bag.Add(RelTypes.CompetesWith, agent, other, null, null, null, Evidence);
            }
        }
    }

    /// <summary>
    /// Who acts: a name right before the cue, else the first name of the sentence that no preposition governs,
    /// else the referent of a pronoun attached to the cue (ها: a company, ه: a person), else the first such name of the
    /// sentence before. People stand for their company where a company must act.
    /// </summary>
    private List<DocEntity> Agents(CueHit hit, bool allowPeople, IReadOnlyCollection<DocEntity>? exclude = null)
    {
        // After "that" (أن، إن، that) a new clause starts with its own subject: "قال هوانغ إن إنفيديا تخطط ...".
        var clauseStart = _s.TokenStart;
        for (var k = hit.Start - 1; k >= _s.TokenStart; k--)
        {
            if ((_doc.Tokens[k].Norm is "ان" or "بان" or "وان" or "that" or ";" or "؛" || IsClauseBreak(k) || _s.CueAt(k) is { } speech && speech.Is("speech"))
                && (_s.Groups.Any(g => g.Start > k && g.End <= hit.Start && !g.Prepositional)
                    || _s.Cues.Any(c => c.Start > k && c.End <= hit.Start && c.Is("topic-ref") && _doc.Tokens[c.Start].Norm is "it" or "they")))
            {
                clauseStart = k;
                break;
            }
        }

        // The agency of a dateline is no subject.
        var candidates = _s.Groups.Where(g => g.Start >= clauseStart && g.End <= hit.Start && !g.Prepositional && (exclude is null || !g.Members.Intersect(exclude).Any())
            && !InBrackets(g)).ToList();
        var chosen = GroupEndingAt(hit.Start, 2) is { Prepositional: false } adjacent && candidates.Contains(adjacent) ? adjacent : candidates.FirstOrDefault();

        // "Before the Schwarz deal, Isarwerk had raised": the name right before the verb and its auxiliaries is its subject.
        if (_doc.Language == "en" && candidates.LastOrDefault() is { } nearest && nearest != chosen && nearest.Companies.Any()
            && Enumerable.Range(nearest.End, hit.Start - nearest.End).All(k => !_doc.Tokens[k].IsWord
                || _doc.Tokens[k].Norm is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "will" or "would" or "also" or "already" or "recently" or "now" or "then" or "still" or "just" or "reportedly" or "quietly" or "previously" or "has" or "been"))
        {
            chosen = nearest;
        }

        // "شركة إريكسون، التي تعد منافساً لنوكيا", "Sunda, which raised $210m": a relative clause's subject is the name it follows.
        if (RelativeAntecedent(hit.Start, clauseStart) is { } antecedent && (exclude is null || !antecedent.Members.Intersect(exclude).Any()))
        {
            chosen = antecedent;
        }

        // "Goto said it would fund SoftBank's commitment to invest": a company between the person and the cue acts.
        if (allowPeople && chosen is not null && !chosen.Companies.Any() && candidates.LastOrDefault(g => g.Start > chosen.Start && g.Companies.Any()) is { } actingCompany)
        {
            chosen = actingCompany;
        }

        // Verb first (Arabic): "تتنافس ميتا مع جوجل", "تجري أمازون محادثات", over a company word and quotes: "حصلت شركة \"X\" على".
        if (chosen is null && (_s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 1 && !g.Prepositional)
                ?? (_doc.Language == "ar" && _s.AfterListIntro(hit.End) is var from && _s.GroupAfter(from, 3) is { } subject && (!subject.Prepositional || from > hit.End) ? subject : null)) is { } afterVerb
            && (exclude is null || !afterVerb.Members.Intersect(exclude).Any()))
        {
            chosen = afterVerb;
        }

        IEnumerable<DocEntity> members = chosen?.Members ?? [];
        if (chosen is null)
        {
            if (hit.Suffix is "ه" && PreviousPerson() is { } person)
            {
                members = [person];
            }
            else if (hit.Suffix is "ها" && LastCompanyBefore(hit.Start) is { } company)
            {
                members = [company];
            }
            else if (_s.Cues.Any(c => c.Is("pair-ref") && (c.End <= hit.Start || (c.Start >= hit.End && c.Start - hit.End <= 1))) && LastTwoCompaniesBefore(hit.Start) is { } pair)
            {
                members = pair;                                 // "كما ضخت المجموعتان أموالا في X"
            }
            else if (_doc.Language == "ar" && hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } subjectRef && subjectRef.Start == hit.End && subjectRef.Is("topic-ref")
                && (_s.Topic ?? _topic) is { } verbFirstTopic)
            {
                members = [verbFirstTopic];                     // "طلبت الشركة خوادم من X": the company the text is about
            }
            else if (_s.CueAt(clauseStart) is { } said && said.Is("speech")
                && _s.Cues.FirstOrDefault(c => c.Is("topic-ref") && c.End <= hit.Start && c.Start >= clauseStart && _doc.Tokens[c.Start].Norm is "it" or "they") is { } it
                && _s.Groups.FirstOrDefault(g => g.End <= clauseStart && !g.Prepositional && !InBrackets(g) && g.Companies.Any() && (exclude is null || !g.Members.Intersect(exclude).Any())) is { } speaker)
            {
                members = speaker.Companies;                    // "Tallgrass ... said it had raised": "it" is the sentence's subject
            }
            else if (_topic is not null && _s.Cues.Any(c => c.Is("topic-ref") && c.End <= hit.Start))
            {
                // "it", "the start-up", الشركة: the article's company (the subject of the sentence before was tried: better on
                // some sets, worse on others, since that subject is often misread in English).
                // An English sentence opening "It ..." or "The company ..." right after a sentence that opened with a company: that company.
                members = [_doc.Language == "en" && _s.Cues.FirstOrDefault(c => c.Is("topic-ref")) is { } opening && opening.Start == FirstWordOfSentence()
                    && PreviousSentenceOpener() is { } opener ? opener : _topic];
            }
            else if (CompanyDescriptionBefore(hit.Start) && PreviousSentenceAgent() is { } topic)
            {
                members = topic.Members;
            }
        }

        var result = new List<DocEntity>();
        foreach (var m in members)
        {
            if (!m.IsPerson)
            {
                result.Add(m);
            }
            else if (allowPeople)
            {
                result.Add(m);
            }
            else if (_employer.TryGetValue(m.Key, out var employer))
            {
                result.Add(employer);
            }
        }

        return result;
    }

    // "BENGALURU, May 22 (PTI) - ...": the agency of a dateline.
    /// <summary>"مع «خزنة» ومع «كثبان»", "with X and with Y", "من X، ومن Y": names after the same preposition repeated.</summary>
    private IEnumerable<DocEntity> CoordinatedObjects(MentionGroup first)
    {
        var end = first.End;
        while (true)
        {
            // "with OpenAI in enterprise work and, increasingly, with Mistral": a few words may close the first object.
            var k = end;
            while (k < _s.TokenEnd && k < end + 6 && _doc.Tokens[k].Norm is not ("." or ";" or "؛" or "and" or "ومع" or "ومن" or "وضد")
                && !_s.Groups.Any(g => g.Start == k))
            {
                k++;
            }

            if (k >= _s.TokenEnd)
            {
                yield break;
            }

            var norm = _doc.Tokens[k].Norm;
            // "and, increasingly, with X": a word or two may stand between "and" and the repeated preposition.
            var prep = norm == "and" ? Enumerable.Range(k + 1, Math.Max(0, Math.Min(_s.TokenEnd, k + 5) - k - 1))
                .FirstOrDefault(j => _doc.Tokens[j].Norm is "with" or "from" or "against", -1) : -1;
            var isAndPrep = norm is "ومع" or "ومن" or "وضد" || prep >= 0;
            if (!isAndPrep || _s.GroupAfter(norm == "and" ? prep + 1 : k + 1, 4) is not { } next || !next.Companies.Any())
            {
                yield break;
            }

            foreach (var c in next.Companies)
            {
                yield return c;
            }

            end = next.End;
        }
    }

    private MentionGroup? RelativeAntecedent(int token, int clauseStart)
    {
        for (var k = token - 1; k >= clauseStart && k >= token - 6; k--)
        {
            if (_s.Groups.Any(g => g.Start <= k && k < g.End))
            {
                return null;                                    // a name stands between: it is the subject
            }

            if (_doc.Tokens[k].Norm is "التي" or "الذي" or "which" or "who")
            {
                var j = k - 1;
                while (j >= _s.TokenStart && !_doc.Tokens[j].IsWord)
                {
                    j--;
                }

                return _s.Groups.FirstOrDefault(g => g.End == j + 1 && g.Companies.Any());
            }
        }

        return null;
    }

    private int FirstWordOfSentence() =>
        Enumerable.Range(_s.TokenStart, _s.TokenEnd - _s.TokenStart).FirstOrDefault(k => _doc.Tokens[k].IsWord, -1);

    private bool InBrackets(MentionGroup g) =>
        g.Start > _s.TokenStart && _doc.Tokens[g.Start - 1].Norm == "(" && g.End + 1 < _s.TokenEnd && _doc.Tokens[g.End].Norm == ")"
        && _doc.Tokens[g.End + 1].Norm is "-" or "–" or "—" or "--";

    // "الشركة", "شركة الذكاء الاصطناعي الناشئة", "the startup": a company named earlier acts in this sentence.
    private bool CompanyDescriptionBefore(int token) =>
        Enumerable.Range(_s.TokenStart, Math.Max(0, token - _s.TokenStart)).Any(k => _doc.Tokens[k].IsWord && _doc.IsCueWord("company-cue", k));

    // The company that opens the sentence before ("Lambda is building ... . It has signed ..."); a sentence that itself
    // opens with "It" passes on the one before it.
    private DocEntity? PreviousSentenceOpener()
    {
        // A paragraph that opens with "The company" speaks of the article's company.
        if (_s.Sentence.Index == 0 || _doc.Text.AsSpan(_sentences[_s.Sentence.Index - 1].Sentence.End, Math.Max(0, _s.Sentence.Start - _sentences[_s.Sentence.Index - 1].Sentence.End)).Contains('\n'))
        {
            return null;
        }

        for (var index = _s.Sentence.Index - 1; index >= 0 && index >= _s.Sentence.Index - 3; index--)
        {
            var previous = _sentences[index];
            var first = previous.TokenStart;
            while (first < previous.TokenEnd && !_doc.Tokens[first].IsWord)
            {
                first++;
            }

            if (previous.Groups.FirstOrDefault(g => g.Start == first && g.Companies.Any()) is { } opener)
            {
                return opener.Companies.First();
            }

            if (!(previous.CueAt(first) is { } reference && reference.Is("topic-ref")))
            {
                return null;
            }
        }

        return null;
    }

    private MentionGroup? PreviousSentenceAgent()
    {
        var index = _s.Sentence.Index;
        for (var k = index - 1; k >= 0 && k >= index - 2; k--)
        {
            if (_sentences[k].Groups.FirstOrDefault(g => !g.Prepositional && g.Companies.Any()) is { } g)
            {
                return g;
            }
        }

        return null;
    }

    private DocEntity? PreviousPerson()
    {
        var index = _s.Sentence.Index;
        for (var k = index - 1; k >= 0 && k >= index - 2; k--)
        {
            if (_sentences[k].Groups.LastOrDefault(g => g.People.Any()) is { } g)
            {
                return g.People.Last();
            }
        }

        return null;
    }

    private DocEntity? LastCompanyBefore(int token, IReadOnlyCollection<DocEntity> except)
    {
        for (var si = _s.Sentence.Index; si >= 0; si--)
        {
            if (_sentences[si].Groups.LastOrDefault(g => (si != _s.Sentence.Index || g.End <= token) && g.Companies.Except(except).Any()) is { } g)
            {
                return g.Companies.Except(except).Last();
            }
        }

        return null;
    }

    private DocEntity? LastCompanyBefore(int token) => LastCompanyBefore(token, []);

    // "..., and Nvidia invested", "، فيما تشتري أنثروبيك", "بينما", "while": a new clause with its own subject.
    private bool IsClauseBreak(int k)
    {
        var t = _doc.Tokens[k];
        if (_s.CueAt(k) is { } cue && cue.Start == k && cue.Is("clause-break"))
        {
            return true;
        }

        return t.Norm is "," or "،" && k + 1 < _s.TokenEnd && (_doc.Tokens[k + 1].Norm is "and" or "but" or "while" or "فيما" or "بينما"
            || (_doc.Tokens[k + 1].Kind == Text.TokenKind.Arabic && _doc.Tokens[k + 1].Norm.Length > 3 && _doc.Tokens[k + 1].Norm[0] == 'و' && _s.CueAt(k + 1) is not null));
    }

    private List<DocEntity>? LastTwoCompaniesBefore(int token)
    {
        // A pair named together ("علي بابا وتينسنت") is what "the two" means; otherwise the last two named.
        for (var si = _s.Sentence.Index; si >= 0 && si >= _s.Sentence.Index - 2; si--)
        {
            if (_sentences[si].Groups.LastOrDefault(g => (si != _s.Sentence.Index || g.End <= token) && g.Companies.Count() == 2) is { } together)
            {
                return [.. together.Companies];
            }
        }

        var recent = new List<DocEntity>();
        for (var si = _s.Sentence.Index; si >= 0 && si >= _s.Sentence.Index - 2; si--)
        {
            foreach (var c in _sentences[si].Groups.Where(g => si != _s.Sentence.Index || g.End <= token).Reverse().SelectMany(g => g.Companies.Reverse()))
            {
                if (!recent.Contains(c))
                {
                    recent.Add(c);
                }

                if (recent.Count == 2)
                {
                    return [recent[1], recent[0]];
                }
            }
        }

        return null;
    }

    /// <summary>"مع X" just before the cue: Arabic puts the partner before the partnership ("وقعت A مع B اتفاقية").</summary>
    private MentionGroup? WithObjectBefore(int token)
    {
        var group = _s.Groups.LastOrDefault(g => g.End <= token && g.Companies.Any());
        if (group is null || Enumerable.Range(group.End, token - group.End).Count(k => _doc.Tokens[k].IsWord) > 2)
        {
            return null;
        }

        for (var k = group.Start - 1; k >= _s.TokenStart && k >= group.Start - 6; k--)
        {
            if (_s.CueAt(k) is { } with && with.Is("prep-with"))
            {
                return group;
            }

            if (_s.Groups.Any(g => g.End == k + 1) || _doc.Tokens[k].Norm is "," or "،" or "." or "؛")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Two or more companies named together right before the cue, acting together.</summary>
    private List<DocEntity>? PairBefore(int token)
    {
        var group = _s.Groups.LastOrDefault(g => g.End <= token && !g.Prepositional && g.Companies.Count() >= 2);
        // "وكانت "المصرية للاتصالات" وخزنة قد أعلنتا في مارس عن مشروع مشترك": a few words may stand between.
        return group is null || Enumerable.Range(group.End, Math.Max(0, token - group.End)).Count(k => _doc.Tokens[k].IsWord) > 5
            || Enumerable.Range(group.End, Math.Max(0, token - group.End)).Any(k => _doc.Tokens[k].Norm is "," or "،") ? null : [.. group.Companies];
    }

    /// <summary>Goods named just before the cue or in the words after it.</summary>
    private bool GoodsNear(CueHit hit)
    {
        var end = hit.End;
        while (end < _s.TokenEnd && end < hit.End + 14 && _doc.Tokens[end].Norm is not ("،" or "," or ";" or "؛"))
        {
            end++;
        }

        return _s.Cues.Any(c => c.Is("goods") && c.Start >= hit.Start - 2 && c.Start < end)
            || _s.Groups.Any(g => g.IsProduct && g.Start > hit.End && g.Start < end);
    }

    /// <summary>"بين A وB" just before the cue (the pair acts together: A on B).</summary>
    private MentionGroup? BetweenPairBefore(int token)
    {
        var hit = _s.Cues.LastOrDefault(c => c.Is("prep-between") && c.End <= token && token - c.End <= 8);
        return hit is null ? null : _s.GroupAfter(hit.End, 3) is { } g && g.End <= token && g.Companies.Count() == 2 ? g : null;
    }

    /// <summary>"شراكة بين A وB" (or "بين الشركتين": the last two companies named before).</summary>
    private List<DocEntity>? BetweenPairAfter(int token)
    {
        var hit = _s.Cues.FirstOrDefault(c => c.Is("prep-between") && c.Start >= token && c.Start - token <= 2);
        if (hit is null)
        {
            return null;
        }

        if (_s.GroupAfter(hit.End, 3) is { } g && g.Companies.Count() >= 2)
        {
            return [.. g.Companies];
        }

        if (hit.End < _s.TokenEnd && _doc.Tokens[hit.End].Norm is "الشركتين" or "الطرفين")
        {
            var recent = new List<DocEntity>();
            for (var si = _s.Sentence.Index; si >= 0; si--)
            {
                var s = _sentences[si];
                foreach (var c in s.Groups.Where(g => g.End <= token || s != _s).Reverse().SelectMany(g => g.Companies.Reverse()))
                {
                    if (!recent.Contains(c))
                    {
                        recent.Add(c);
                    }
                }

                if (recent.Count >= 2)
                {
                    return [recent[1], recent[0]];
                }
            }
        }

        return null;
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

            if (_s.TopicAfter(goods.End) is { } topicOwner)
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
