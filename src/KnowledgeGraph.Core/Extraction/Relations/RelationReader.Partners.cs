using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private void ReadPartnership(CueHit hit)
    {
        // "أسندت X عقد الإنشاء إلى Y": a contract awarded is a purchase (ReadAward), no partnership.
        if (hit.Is("deal") && _s.Cues.Any(c => c.Is("award") && c.End <= hit.Start && hit.Start - c.End <= 4))
        {
            return;
        }

        if (ReadArabicLeaseWith(hit))
        {
            return;
        }

        // "works with Bharti Airtel": the cue ends with its preposition.
        var objectAfter = _doc.Tokens[hit.End - 1].Norm == "with" && _s.GroupAfter(hit.End, 4) is { } withObject && withObject.Companies.Any()
            ? withObject : _s.ObjectAfter(hit.End, Window, "prep-with", "prep-to")
            ?? (_doc.Tokens[hit.End - 1].Norm == "with" || hit.End < _s.TokenEnd && _doc.Tokens[hit.End].Norm == "with" ? DescribedNameAfter(_doc.Tokens[hit.End - 1].Norm == "with" ? hit.End : hit.End + 1) : null);
        // "talks with Vattenfall about a supply agreement for its new site": a name with "with" before the deal beats a pronoun after it.
        if (objectAfter is not null && !_s.Groups.Contains(objectAfter) && WithObjectBefore(hit.Start) is { } namedBefore)
        {
            objectAfter = namedBefore;
        }

        var others = objectAfter?.Companies.ToList() ?? [];
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
        // ("in competition with Bharti Airtel, which struck a deal with Perplexity": a relative clause has its own deal.)
        // ("تتنافس X مباشرة مع A، ومع «B» البحرينية، على عقود البنوك": "for contracts" ends a longer list of rivals.)
        var competedFor = hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "علي" or "for";
        var rivalsBefore = _s.Cues.Any(c => c.Is("compete") && c.End <= hit.Start && hit.Start - c.End <= (competedFor ? 25 : 12)
            && !Enumerable.Range(c.End, hit.Start - c.End).Any(k => _doc.Tokens[k].Norm is "which" or "who" or "التي" or "الذي"));
        // ("يدفع «مايكروسوفت» و«أمازون» و«جوجل» و«ميتا» إلى توقيع عقود": a list of three or more signs deals each, not with each other.)
        if (others.Count == 0 && agents.Count == 0 && !rivalsBefore && PairBefore(hit.Start) is { } together && (together.Count == 2 || hit.Is("partner")))
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

        // "كما جرى توقيع مذكرة تفاهم مع X", "تم الإعلان عن شراكة مع X": a passive names no one; the company the text is about signed.
        // (A deal signed so is often someone else's purchase: only a partnership or a memorandum.)
        if (agents.Count == 0 && _doc.Language == "ar" && hit.Is("partner") && Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 4), hit.Start - Math.Max(_s.TokenStart, hit.Start - 4))
                .Any(k => _doc.Tokens[k].Norm.TrimStart('و', 'ك') is "جري" or "تم" or "جرت" or "سيجري" or "سيتم")
            && (_s.Topic ?? _topic) is { } signer && !others.Contains(signer))
        {
            agents = [signer];
        }

        // "تم توقيع اتفاقية مع لينوفو لتجميع الخوادم", "جرى الاتفاق مع X على توريد الكهرباء": a passive deal whose purpose has
        // the party supply or build was signed by the company the text is about, whatever name an earlier clause gave.
        if (_doc.Language == "ar" && hit.Is("deal") && !hit.Is("partner") && objectAfter is not null && others.Count == 1
            && Enumerable.Range(Math.Max(_s.TokenStart, hit.Start - 3), hit.Start - Math.Max(_s.TokenStart, hit.Start - 3)).Any(k => _doc.Tokens[k].Norm.TrimStart('و', 'ك') is "جري" or "تم" or "جرت" or "سيجري" or "سيتم")
            && (_s.Topic ?? _topic) is { } payer && !others.Contains(payer) && PurposeNamesSeller(objectAfter))
        {
            agents = [payer];
        }

        // "كما وقعت مذكرة تفاهم مع X": a signing verb right before the deal, whose subject is not named (no company before it),
        // is the company the sentence is about ("أبرمت نوافذ اتفاقاً" names a subject the gazetteer may lack).
        if (agents.Count == 0 && _doc.Language == "ar" && !_s.Groups.Any(g => g.End <= hit.Start && g.Companies.Any())
            && hit.Start > _s.TokenStart && ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start - 1].Norm).Any(v => v is "وقعت" or "ابرمت" or "ستوقع")
            && (_s.Topic ?? _topic) is { } unnamedSigner && !others.Contains(unnamedSigner))
        {
            agents = [unnamedSigner];
        }

        // "set up Reliance Intelligence, a joint venture with Meta": the venture is no partner of its owner's partner.
        if (_doc.Tokens[hit.Start].Norm == "joint" && hit.Start >= _s.TokenStart + 2 && _doc.Tokens[hit.Start - 1].Norm is "a" or "an" && _doc.Tokens[hit.Start - 2].Norm == ","
            && _s.Groups.FirstOrDefault(g => g.End == hit.Start - 2) is { } venture && agents.Any(venture.Members.Contains))
        {
            return;
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
        // "Constellation signed a 20-year deal with Meta for the Clinton plant": a deal with a power company buys its power.
        var powerDeal = hit.Is("deal") && !hit.Is("partner") && !namedPartnership && agents.Count == 1 && others.Count == 1
            && (_categoryOf(agents[0].Key) == "energy") != (_categoryOf(others[0].Key) == "energy") && !_s.Has("invest");
        var purchase = hit.Is("hire") || supplyDeal || buyBefore || powerDeal || (hit.Is("deal") && !hit.Is("partner") && !namedPartnership && (GoodsNear(hit)
            || ((_money is not null || IsContractWord(hit.Start)) && agents.Count == 1 && others.Count == 1 && Math.Max(SupplierRank(agents[0]), SupplierRank(others[0])) >= 3
                && SupplierRank(agents[0]) != SupplierRank(others[0]))));
        var supplierIsAgent = purchase && !hit.Is("hire") && _s.Cues.Any(c => c.Is("supply") && c.Start > hit.Start);
        // "Nebius signed a capacity deal with Microsoft": the cloud sells. But "a supply agreement with Tenaga Nasional", a
        // company of no known kind: the party the supply agreement is with supplies.
        if (purchase && !hit.Is("hire") && !supplierIsAgent && agents.Count == 1 && others.Count == 1 && SupplierRank(agents[0]) > SupplierRank(others[0])
            && !(supplyDeal && _categoryOf(others[0].Key) is null))
        {
            supplierIsAgent = true;
        }

        // "وقّعت X اتفاقاً مع «ديل» لتوريد خوادم", "an agreement with Dell to supply servers": a verb of supplying right after
        // the other party, with no customer of its own, is that party's (unless the subject is the more likely seller).
        if (supplierIsAgent && !hit.Is("hire") && agents.Count == 1 && others.Count == 1 && SupplierRank(others[0]) >= SupplierRank(agents[0])
            && _s.Cues.FirstOrDefault(c => c.Is("supply") && c.Start > hit.Start) is { } supplyVerb
            && _s.Groups.Any(g => g.Members.Contains(others[0]) && g.End <= supplyVerb.Start && supplyVerb.Start - g.End <= 1)
            && _s.ObjectAfter(supplyVerb.End, 8, "prep-to") is null && _s.GroupAfter(supplyVerb.End, 2) is not { Prepositional: false })
        {
            supplierIsAgent = false;
        }

        // "وقّع البنك اتفاقية مع «Y» الناشئة لتزويده بمنصة", "عقد مع Y لإنشاء منصة": a deal (not one named a partnership)
        // whose purpose has the party after "مع" supply, build or be used is a purchase from it, unless the signer is the
        // likelier seller, a maker of chips, hardware or capacity ("وقعت إنفيديا اتفاقية مع X لتزويدها برقائق"); a telecom or a
        // bank that signs is the customer.
        if ((hit.Is("deal") && !hit.Is("partner") || IsMemorandum(hit)) && !namedPartnership && !buyBefore && agents.Count == 1 && others.Count == 1
            && objectAfter is not null && objectAfter.Members.Contains(others[0]) && PurposeNamesSeller(objectAfter))
        {
            purchase = true;
            supplierIsAgent = SupplierRank(agents[0]) >= 3 && SupplierRank(agents[0]) > SupplierRank(others[0]) || PronounIsParty(objectAfter, agents[0])
                || YoungVendorSigns(objectAfter, agents[0], others[0]);
            // "وقّعت «غيمة» خطاب نوايا مع مختبر «سارفام» لاستئجار 30 ميغاواط": renting or using as the purpose, the signer sells
            // only if it is the likelier seller (a data-centre builder before a lab; not a telecom before a cloud); a lab rents.
            if (PurposeVerb(objectAfter) is { } purposeVerb && purposeVerb.Is("buy") && !purposeVerb.IsAny("supply", "build-for"))
            {
                supplierIsAgent = SupplierRank(agents[0]) > SupplierRank(others[0])
                    || SupplierRank(agents[0]) == SupplierRank(others[0]) && _categoryOf(others[0].Key) == "ai-lab" && _categoryOf(agents[0].Key) != "ai-lab";
            }
            _purposeParties.Add(objectAfter);
        }

        // "وقّع بنك الرياض عقداً تجارياً مع الشركة", "a commercial contract with X": a commercial deal (not a partnership) is a
        // customer's purchase; a start-up that signs one with a known bank or operator is the seller.
        var commercial = hit.End < _s.TokenEnd && _doc.Tokens[hit.End].Norm is "تجاريا" or "تجاري" or "تجاريه" or "التجاري" or "التجاريه"
            || hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm == "commercial";
        if (commercial && hit.Is("deal") && !hit.Is("partner") && !namedPartnership && !purchase && agents.Count == 1 && others.Count == 1)
        {
            purchase = true;
            supplierIsAgent = SupplierRank(agents[0]) >= 3 && SupplierRank(agents[0]) > SupplierRank(others[0])
                || !_known(agents[0].Key) && _known(others[0].Key) && _listedCategoryOf(others[0].Key) is "investor" or "telecom";
        }

        // "وقّعت X عقداً مع شركة «Y» الناشئة، لتوقع الطلب", "signed a three-year contract with the start-up": a deal (not a
        // partnership or a memorandum) with a party described as a start-up buys what the start-up sells, unless the signer
        // sells capacity itself or the deal hosts, leases or invests.
        if (!purchase && hit.Is("deal") && !hit.Is("partner") && !namedPartnership && !IsMemorandum(hit) && agents.Count == 1 && others.Count == 1
            && objectAfter is not null && objectAfter.Members.Contains(others[0]) && StartupNamed(objectAfter) && SupplierRank(agents[0]) < 3
            && !_s.Cues.Any(c => c.IsAny("host", "lease-out", "invest", "fundraise", "acquire", "compete")))
        {
            purchase = true;
            supplierIsAgent = false;
        }

        // "will buy electricity ... under a contract with X": the buyer of the verb buys.
        if (buyBefore)
        {
            supplierIsAgent = false;
        }

        // A purchase with a power company: the power company supplies, whoever signs ("Crusoe signed a supply agreement with
        // NextEra", "Constellation signed a 20-year deal with Meta for the output of its plant").
        if (purchase && !hit.Is("hire") && agents.Count == 1 && others.Count == 1 && (_categoryOf(agents[0].Key) == "energy") != (_categoryOf(others[0].Key) == "energy"))
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

    // "contract", "its contracts with", "عقدها مع", "بعقود": a contract, single or plural, with or without its owner's pronoun.
    private bool IsContractWord(int k) =>
        _doc.Tokens[k].Norm is "contract" or "contracts" || ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "عقد" or "عقدا" or "عقود");

    /// <summary>
    /// "مع شركة «Y» الناشئة", "مع الشركة الناشئة «Y»", "with the start-up", "with Y, a start-up": the party a deal is with is
    /// described as a start-up, between "مع"/"with" and three words after its name.
    /// </summary>
    private bool StartupNamed(MentionGroup party)
    {
        var from = party.Start;
        while (from > _s.TokenStart && party.Start - from < 4 && _doc.Tokens[from - 1].Norm is not ("مع" or "with") && _s.GroupAt(from - 1) is null)
        {
            from--;
        }

        var to = Math.Min(_s.TokenEnd, AppositionEnd(party.End) + 3);
        for (var k = from; k < to; k++)
        {
            if (k >= party.End && (_s.GroupAt(k) is not null || _s.IsRelationCue(k)))
            {
                return false;
            }

            var norm = _doc.Tokens[k].Norm;
            if (norm is "الناشئة" or "الناشئه" or "ناشئة" or "ناشئه" or "startup" or "start-up"
                || norm == "start" && k + 2 < _s.TokenEnd && _doc.Tokens[k + 1].Norm == "-" && _doc.Tokens[k + 2].Norm == "up")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"مع «خزنة» ومع «كثبان»", "with X and with Y", "من X، ومن Y": names after the same preposition repeated.</summary>
    private IEnumerable<DocEntity> CoordinatedObjects(MentionGroup first)
    {
        var end = first.End;
        while (true)
        {
            // "with OpenAI in enterprise work and, increasingly, with Mistral": a few words may close the first object.
            var k = end;
            while (k < _s.TokenEnd && k < end + 8 && _doc.Tokens[k].Norm is not ("." or ";" or "؛" or "and" or "ومع" or "ومن" or "وضد" or "وفي")
                && !_s.Groups.Any(g => g.Start == k) && !_s.IsAsWellAs(k))
            {
                k++;
            }

            if (_s.IsAsWellAs(k))
            {
                k += 2;                                     // "as well as with Oracle": like "and with"
            }

            if (k >= _s.TokenEnd)
            {
                yield break;
            }

            var norm = _doc.Tokens[k].Norm;
            // "and, increasingly, with X": a word or two may stand between "and" and the repeated preposition.
            var prep = norm is "and" or "as" ? Enumerable.Range(k + 1, Math.Max(0, Math.Min(_s.TokenEnd, k + 5) - k - 1))
                .FirstOrDefault(j => _doc.Tokens[j].Norm is "with" or "from" or "against" or "in" or "into", -1) : -1;
            var isAndPrep = norm is "ومع" or "ومن" or "وضد" or "وفي" || prep >= 0;
            // ("and with a growing field of local rivals such as Fluidstack": the names a described class lists.)
            var objectStart = norm is "and" or "as" ? prep + 1 : k + 1;
            if (!isAndPrep || (_s.GroupAfter(objectStart, 4) ?? ListIntroAfter(objectStart, 12)) is not { } next || !next.Companies.Any())
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

    /// <summary>"مع X" just before the cue: Arabic puts the partner before the partnership ("وقعت A مع B اتفاقية").</summary>
    private MentionGroup? WithObjectBefore(int token)
    {
        var group = _s.Groups.LastOrDefault(g => g.End <= token && g.Companies.Any());
        // "in talks with Vattenfall, a Swedish utility, about a supply agreement": over the party's description and "about".
        var from = group is null ? token : Math.Min(token, AppositionEnd(group.End));
        if (group is null || Enumerable.Range(from, token - from).Count(k => _doc.Tokens[k].IsWord && !_s.IsRelationCue(k) && _doc.Tokens[k].Norm is not ("about" or "over" or "on" or "a" or "an" or "بشان" or "حول")) > 2)
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
        // "وكانت "المصرية للاتصالات" وخزنة قد أعلنتا في مارس عن مشروع مشترك": a few words may stand between (an amount, "$300
        // million", counts as none: "are building a $300 million assembly joint venture").
        return group is null || Enumerable.Range(group.End, Math.Max(0, token - group.End)).Count(k => _doc.Tokens[k].IsWord && !IsAmountWord(k)) > 5
            || Enumerable.Range(group.End, Math.Max(0, token - group.End)).Any(k => _doc.Tokens[k].Norm is "," or "،") ? null : [.. group.Companies];
    }

    private bool IsAmountWord(int k) =>
        char.IsAsciiDigit(_doc.Tokens[k].Norm[0]) || _doc.Tokens[k].Norm is "million" or "billion" or "trillion" or "مليون" or "مليار" or "ملايين" or "مليارات";

    /// <summary>"بين A وB" just before the cue (the pair acts together: A on B).</summary>
    private MentionGroup? BetweenPairBefore(int token)
    {
        var hit = _s.Cues.LastOrDefault(c => c.Is("prep-between") && c.End <= token && token - c.End <= 8);
        return hit is null ? null : _s.GroupAfter(hit.End, 3) is { } g && g.End <= token && g.Companies.Count() == 2 ? g : null;
    }

    /// <summary>"شراكة بين A وB" (or "بين الشركتين": the last two companies named before).</summary>
    private MentionGroup? SecondOfPair(MentionGroup first)
    {
        var k = first.End;
        while (k < _s.TokenEnd && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("(" or "." or ";" or "؛"))
        {
            k++;
        }

        if (k < _s.TokenEnd && _doc.Tokens[k].Norm == "(")
        {
            while (k < _s.TokenEnd && k < first.End + 8 && _doc.Tokens[k].Norm != ")")
            {
                k++;
            }

            k++;
        }

        while (k < _s.TokenEnd && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("." or ";" or "؛"))
        {
            k++;
        }

        if (k >= _s.TokenEnd)
        {
            return null;
        }

        var t = _doc.Tokens[k];
        if (t.Norm is "and" or "و")
        {
            return _s.GroupAfter(k + 1, 3);
        }

        return t.Kind == Text.TokenKind.Arabic && t.Norm.StartsWith('و') ? _s.GroupAfter(k, 3) : null;
    }

    private List<DocEntity>? BetweenPairAfter(int token)
    {
        var hit = _s.Cues.FirstOrDefault(c => c.Is("prep-between") && c.Start >= token && c.Start - token <= 2);
        if (hit is null)
        {
            return null;
        }

        var g = _s.GroupAfter(hit.End, 3);
        if (g is not null && g.Companies.Count() >= 2)
        {
            return [.. g.Companies];
        }

        // "بين مجموعة المكتب الشريف للفوسفاط (OCP) وشركة ميسترال": a name in brackets (or a description) after the first.
        if (g is not null && g.Companies.Any() && SecondOfPair(g) is { } second && !second.Members.Intersect(g.Members).Any())
        {
            return [.. g.Companies, .. second.Companies];
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

    // "the company is in talks with Rheinmetall about integrating its software", "Talks with X over a joint facility
    // stalled", "تجري X مباحثات مع Y لتطوير ...": talks with a company, about nothing the other rules read, are a
    // (prospective) partnership.
    private static readonly string[] DealCategories = ["invest", "acquire", "own", "fundraise", "led-by", "join-round", "buy", "supply", "partner", "deal", "hire", "compete", "customer-noun", "supplier-noun", "investor-noun", "backed-by", "win-contract"];

    private void ReadBareTalks(CueHit hit)
    {
        if (WithPartyAfter(hit.End, 4) is not { } partner || !partner.Companies.Any())
        {
            return;
        }

        // ("in talks with Nvidia and AMD over chip supply": a deal word in what the talks are about is no other deal; nor is
        // one in an earlier clause. With another deal in the sentence, only talks for goods are read here, as a purchase.)
        // (Talks with a chip, hardware, cloud or data-centre company by one that sells none of these are about buying from it:
        // "تجري محادثات مع إنفيديا وAMD", "is in talks with Huawei about its accelerators".)
        var withSupplier = partner.Companies.Any(c => SupplierRank(c) >= 3 || _categoryOf(c.Key) == "energy");
        var forGoods = TalksForGoods(partner.End) || withSupplier;
        bool InTalksObject(CueHit c) => c.Start >= partner.End && c.Start - partner.End <= 6;
        bool InEarlierClause(CueHit c) =>
            c.End <= hit.Start && Enumerable.Range(c.End, hit.Start - c.End).Any(k => _doc.Tokens[k].Norm is "and" or "," or "،" or "فيما" or "بينما" or "كما");
        var dealCues = _s.Cues.Where(c => c.IsAny(DealCategories)).ToList();
        if (ReadTalksToBecomeCustomer(hit, partner))
        {
            return;
        }

        if (dealCues.Any(c => !(InTalksObject(c) && forGoods) && !InEarlierClause(c)) || !forGoods && dealCues.Any(c => !InTalksObject(c)))
        {
            return;
        }

        // (Read only because a supplier is talked with: the others of the list are read as nothing.)
        var goodsNamed = TalksForGoods(partner.End);
        var onlySuppliers = !goodsNamed && dealCues.Any(c => !InTalksObject(c));

        var subject = Agents(hit, allowPeople: false, exclude: [.. partner.Companies]).FirstOrDefault() ?? _s.Topic ?? _topic;
        if (subject is null || partner.Members.Contains(subject))
        {
            return;
        }

        // "نفت X تقارير عن محادثات", "denied talks": no talks.
        if (Enumerable.Range(_s.TokenStart, _s.TokenEnd - _s.TokenStart).Any(k => _doc.Tokens[k].Norm.TrimStart('و', 'ف') is "نفت" or "نفي" or "تنفي" or "ينفي" or "denied" or "denies"))
        {
            return;
        }

        foreach (var other in partner.Companies)
        {
            if (onlySuppliers && SupplierRank(other) < 3 && _categoryOf(other.Key) != "energy")
            {
                continue;
            }

            if (_categoryOf(other.Key) == "investor")
            {
                _bag.Add(RelTypes.InvestsIn, other, subject, _money, _status, null, Evidence);      // talks with a fund are about money
            }
            else if (goodsNamed || SupplierRank(other) >= 3 && SupplierRank(other) > SupplierRank(subject)
                || _categoryOf(other.Key) == "energy" && _categoryOf(subject.Key) != "energy")
            {
                // Talks about capacity, hardware or power: the one who sells such things sells (a power company sells power).
                var energy = (_categoryOf(subject.Key) == "energy") != (_categoryOf(other.Key) == "energy");
                // "تجري «أوراكل» محادثات مع Y لاستئجار سعة": a verb of buying makes the one who talks the buyer, whatever it sells.
                var buyVerb = dealCues.Any(c => InTalksObject(c) && c.Is("buy") && !c.Is("goods"));
                // "في مفاوضات مع «فوري» لتوفير أدواتها": supplying one's own goods, the one who talks sells.
                var ownGoods = dealCues.FirstOrDefault(c => InTalksObject(c) && c.Is("supply")) is { } supplyVerb && OwnGoodsAfter(supplyVerb);
                var (buyer, seller) = buyVerb ? (subject, other)
                    : ownGoods ? (other, subject)
                    : energy ? (_categoryOf(subject.Key) == "energy" ? (other, subject) : (subject, other))
                    : SupplierRank(subject) > SupplierRank(other) ? (other, subject) : (subject, other);
                _bag.Add(RelTypes.BuysFrom, buyer, seller, _money, _status, null, Evidence);
            }
            else
            {
                _bag.Add(RelTypes.PartnersWith, subject, other, _money, _status, null, Evidence);
            }
        }
    }

    // "talks with X, a cloud start-up, for a further 40MW", "محادثات مع X لاستئجار سعة": talks for goods are a purchase.
    private bool TalksForGoods(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 12; k++)
        {
            var norm = _doc.Tokens[k].Norm;
            if (norm is "." or ";" or "؛" or "about" or "بشان")
            {
                return false;
            }

            // "محادثات مع X للحصول على رقائق", "لاستئجار سعة": a purpose with ل, the goods right after it.
            if (norm is "for" or "over" || _doc.Tokens[k].Kind == Text.TokenKind.Arabic && norm.StartsWith('ل') && (_s.IsRelationCue(k) || norm.Length >= 5))
            {
                return _s.Cues.Any(c => c.IsAny("goods", "supply") && c.Start >= k && c.Start - k <= 4) || _s.IsRelationCue(k) && _s.CueAt(k) is { } buy && buy.Is("buy");
            }
        }

        return false;
    }
}
