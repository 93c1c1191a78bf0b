using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
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
        if (purpose && (GroupEndingAt(_doc.Language == "ar" ? hit.Start : hit.Start - 1, 1) ?? DescribedGroupEndingAt(hit.Start)) is { Prepositional: false } chosen && chosen.Companies.Any()
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
            && _s.Groups.LastOrDefault(g => g.End <= hit.Start && g.Start > _s.TokenStart && g.Companies.Any() && WithBefore(g.Start) && !PartnershipBefore(g.Start)) is { } party
            && !_purposeParties.Contains(party))
        {
            var talker = Agents(hit, allowPeople: false, exclude: [.. party.Companies]);
            // "Lingxin was in talks with Chery to supply chips", "تتفاوض «ريبيليونز» مع X لتزويدها بخوادم" (the pronoun is the
            // party): the one who talks supplies the one talked with, unless the party is the likelier seller (a chip maker, a power
            // company).
            var partyEnergy = _categoryOf(party.Companies.First().Key) == "energy";
            var talkerSupplies = talker.Count > 0 && !partyEnergy && (_categoryOf(talker[0].Key) == "energy"
                || (SupplierRank(talker[0]) - SupplierRank(party.Companies.First())) is var lead && (lead > 0 || lead == 0 && (hit.Suffix is "ها" or "ه" || _doc.Language == "en" || OwnGoodsAfter(hit))));
            if (talkerSupplies)
            {
                recipients.AddRange(party.Companies);
                suppliers = talker;
            }
            else if (talker.Count > 0)
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

        // "PLN has agreed to supply the site", "لتزويد المشروع بالكهرباء": the site is the project of the company the text is about.
        if (recipients.Count == 0 && (SiteRightAfter(hit.End) || SiteForAfter(hit.End)) && (_topic ?? _s.Topic) is { } siteOwner && !suppliers.Contains(siteOwner))
        {
            recipients.Add(siteOwner);
        }

        // "Eaton is supplying switchgear", "Vertiv will supply cooling systems": a supplier named as the subject of goods it
        // supplies to no one named supplies the company the text is about.
        if (recipients.Count == 0 && _doc.Language == "en" && GoodsObjectAfter(hit.End) && SubjectRightBefore(hit) is { } subject
            && (BuyerReadHere() ?? _topic ?? _s.Topic) is { } customer && !subject.Members.Contains(customer))
        {
            recipients.Add(customer);
            suppliers = [.. subject.Companies];
        }

        foreach (var recipient in recipients.Distinct())
        {
            foreach (var supplier in suppliers)
            {
                _bag.Add(RelTypes.BuysFrom, recipient, supplier, _money, _status, null, Evidence);
            }
        }
    }

    // Goods as the direct object of the verb ending before token from ("supply cooling and power systems"), with no one they
    // go to or are for ("to X", "for its own sites") and no other name in the clause.
    private bool GoodsObjectAfter(int from)
    {
        if (!_s.Cues.Any(c => c.Is("goods") && c.Start >= from && c.Start - from <= 5))
        {
            return false;
        }

        for (var k = from; k < _s.TokenEnd && k < from + 10; k++)
        {
            // ("Dell is supplying the servers and Nokia will provide ...": another subject starts another clause.)
            if (_doc.Tokens[k].Norm is "." or ";" or "؛" || _s.IsClauseBreakWord(k) || _doc.Tokens[k].Norm is "and" or "و" && _s.GroupAt(k + 1) is { Prepositional: false })
            {
                return true;
            }

            if (_s.GroupAt(k) is not null || _doc.Tokens[k].Norm is "to" or "for" or "with" or "إلى" or "الى" or "لصالح" or "لحساب" or "مع")
            {
                return false;
            }
        }

        return true;
    }

    // "X buys chips from Nvidia, while Dell supplies the servers": the buyer this sentence has already named.
    private DocEntity? BuyerReadHere() =>
        _bag.All.FirstOrDefault(r => r.Type == RelTypes.BuysFrom && r.Evidence == Evidence) is { } bought
            ? _s.Groups.SelectMany(g => g.Companies).FirstOrDefault(c => c.Key == bought.From) : null;

    // The company named right before a verb, over its auxiliaries ("Eaton is supplying", "Vertiv will also supply"); a verb with
    // none ("Fluxe sells software") describes the company's trade, not a deal.
    private MentionGroup? SubjectRightBefore(CueHit hit)
    {
        var k = hit.Start - 1;
        var auxiliaries = 0;
        while (k >= _s.TokenStart && _doc.Tokens[k].Norm is "is" or "are" or "will" or "would" or "also" or "already" or "has" or "have" or "now" or "currently" or "to" or "agreed" or "set" or "expected")
        {
            auxiliaries += _doc.Tokens[k].Norm is "also" or "already" or "now" or "currently" ? 0 : 1;
            k--;
        }

        return auxiliaries > 0 && k >= _s.TokenStart && _s.Groups.LastOrDefault(g => g.End == k + 1) is { Prepositional: false, IsProduct: false } g && g.Companies.Any() && !InBrackets(g) ? g : null;
    }

    // "Samsung began shipping HBM3E to AMD", "بدأت «سامسونغ» شحن كميات من الرقائق إلى «إيه إم دي»": the company shipped to buys
    // from the one that ships. Only a named receiver after "to"/"إلى" counts ("مجموعة الشحن", "shipping group X" is a trade).
    private void ReadShipment(CueHit hit)
    {
        if (_doc.Language == "ar" && _doc.Tokens[hit.Start].Norm.TrimStart('و', 'ف').StartsWith("ال", StringComparison.Ordinal)
            || _s.ObjectAfter(hit.End, 12, "prep-to") is not { } receiver || !receiver.Companies.Any())
        {
            return;
        }

        foreach (var shipper in Agents(hit, allowPeople: false, exclude: [.. receiver.Companies]))
        {
            foreach (var buyer in receiver.Companies)
            {
                _bag.Add(RelTypes.BuysFrom, buyer, shipper, _money, _status, null, Evidence);
            }
        }
    }

    // "مفاوضات مع «فوري» لتوفير أدواتها": goods with a possessive pronoun right after the verb are the talker's own.
    private bool OwnGoodsAfter(CueHit verb) =>
        _s.Cues.Any(c => c.Is("goods") && c.Start >= verb.End && c.Start - verb.End <= 1 && c.Suffix is "ها" or "ه");

    private bool SiteRightAfter(int k) =>
        k + 1 < _s.TokenEnd && (_doc.Language == "en"
            ? _doc.Tokens[k].Norm == "the" && _doc.Tokens[k + 1].Norm is "site" or "campus" or "facility" or "project" or "complex" or "cluster"
            : _doc.Tokens[k].Norm is "المشروع" or "المجمع" or "الموقع");

    private static readonly string[] SiteWords = ["site", "campus", "facility", "project", "complex", "cluster", "halls", "hall", "building", "buildings"];

    // "will supply the software stack for the campus", "is providing cooling for the two data halls": goods for the site,
    // with no name between.
    private bool SiteForAfter(int from)
    {
        for (var k = from; k + 2 < _s.TokenEnd && k < from + 8; k++)
        {
            if (_s.GroupAt(k) is not null || _doc.Tokens[k].Norm is "." or ";" or "," or "and")
            {
                return false;
            }

            if (_doc.Tokens[k].Norm == "for" && _doc.Tokens[k + 1].Norm == "the")
            {
                return Enumerable.Range(k + 2, Math.Min(3, _s.TokenEnd - k - 2)).Any(j => SiteWords.Contains(_doc.Tokens[j].Norm));
            }
        }

        return false;
    }

    // "Marvell designs custom AI accelerators for Amazon and Microsoft", "التي تصمم معالجات مخصصة لحساب «غوغل»": the
    // customer a design is made for buys it from the designer.
    private void ReadDesignFor(CueHit hit)
    {
        if (!_s.Cues.Any(c => c.Is("goods") && c.Start >= hit.End && c.Start - hit.End <= 4)
            || _s.ObjectAfter(hit.End, 8, "prep-to") is not { } customersGroup || !customersGroup.Companies.Any())
        {
            return;
        }

        var customers = _s.ListWithContinuations(customersGroup).Where(c => !c.IsPerson).ToList();
        foreach (var designer in Agents(hit, allowPeople: false, exclude: customers))
        {
            foreach (var customer in customers)
            {
                _bag.Add(RelTypes.BuysFrom, customer, designer, _money, _status, null, Evidence);
            }
        }
    }

    // "Sidra runs its models on Oracle's cloud", "which run their services on Nvidia GPUs", "runs on Azure": the owner of what
    // the work runs on sells it.
    private void ReadRunOn(CueHit hit)
    {
        // ("ran almost all of its models on Microsoft's Azure cloud": the goods and the owner's possessive may stand between.)
        var on = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 6) - hit.End)).FirstOrDefault(k => _doc.Tokens[k].Norm == "on", -1);
        if (on < 0 || !_s.Cues.Any(c => c.Is("goods") && c.Start > on && c.Start - on <= 6) && !_s.Groups.Any(g => g.IsProduct && g.Start > on && g.Start - on <= 5))
        {
            return;
        }

        // ("trains its models on GPUs rented from Yotta, ... the main supplier of Nvidia chips": training names its supplier
        // right after "on", or leaves it to the verb of renting.)
        var training = _doc.Tokens[hit.Start].Norm.StartsWith("train", StringComparison.Ordinal);
        var suppliers = _s.Groups.FirstOrDefault(g => g.Start > on && g.Start - on <= 3 && g.Companies.Any())?.Companies.ToList() ?? (training ? [] : SupplierByGoods(on + 1));
        if (suppliers.Count == 0)
        {
            return;
        }

        foreach (var buyer in Agents(hit, allowPeople: false, exclude: suppliers))
        {
            foreach (var supplier in suppliers)
            {
                _bag.Add(RelTypes.BuysFrom, buyer, supplier, _money, _status, null, Evidence);
            }
        }
    }

    // "مع «X»", "مع مجموعة «X»", "مع الشركة الناشئة المغربية «X»": "with" right before a name, over quotes, company words and
    // the adjectives of origin that describe it.
    private bool WithBefore(int start)
    {
        var at = WordBefore(start);
        for (var skipped = 0; at is { } w && skipped < 3 && (_doc.IsCueWord("company-cue", w) || skipped > 0 && _doc.Language == "ar" && _doc.IsDefiniteNisba(w)); skipped++)
        {
            at = WordBefore(w);
        }

        return at is { } k && _s.CueAt(k) is { } with && with.Is("prep-with");
    }

    private bool ReadArabicSupplierAfterVerb(CueHit hit)
    {
        var norm = _doc.Tokens[hit.Start].Norm;
        if (_doc.Language != "ar" || hit.End - hit.Start != 1 || norm.TrimStart('و', 'ف').StartsWith('ل')
            || ArabicAffixes.AffixVariants(norm).Any(v => v is "توفير" or "تزويد" or "توريد" or "بيع" or "امداد" or "تقديم")
            || GroupEndingAt(hit.Start, 1) is { Prepositional: false }
            || _s.GroupAfter(hit.End, 3) is not { Prepositional: false } subject || !subject.Companies.Any())
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
            && (_s.CompanySubjectBefore(hit.Start) ?? _s.Topic) is { } customer && !suppliers.Contains(customer))
        {
            recipients.Add(customer);
        }

        recipients.AddRange(_s.ObjectAfter(subject.End, 8, "prep-to")?.Companies.Except(suppliers) ?? []);
        if (recipients.Count == 0 && _s.GroupAfter(subject.End, 2) is { Prepositional: false } second)
        {
            recipients.AddRange(second.Companies.Except(suppliers));    // "تزود «ديل» «نسكيل» بالخوادم"
        }

        // "أما الطاقة اللازمة للمركز فستوفرها شركة X": the pronoun is the goods named before the verb; they are bought by the
        // company named before them, else by the company the text is about.
        if (recipients.Count == 0 && hit.Suffix is "ها" or "ه" && !norm.Contains("زود", StringComparison.Ordinal)
            && _s.Cues.FirstOrDefault(c => c.Is("goods") && c.End <= hit.Start && hit.Start - c.End <= 6) is { } goods
            && (_s.CompanySubjectBefore(goods.Start) ?? _topic ?? _s.Topic) is { } buyer
            && !suppliers.Contains(buyer))
        {
            recipients.Add(buyer);
        }

        // "فيما تورد فيرتيف أنظمة التبريد"، "فستزود لينوفو المشروع بالخوادم": goods supplied to no one named go to the company
        // the text is about.
        // ("وتزوّد الشركة «X» بمعدات": after a reference the name is the one supplied, not the supplier.)
        if (recipients.Count == 0 && string.IsNullOrEmpty(hit.Suffix) && (norm.Contains("ورد", StringComparison.Ordinal) || norm.Contains("زود", StringComparison.Ordinal) || norm.Contains("وفر", StringComparison.Ordinal))
            && !_s.Cues.Any(c => c.Start >= hit.End && c.End <= subject.Start && c.IsAny("topic-ref", "ref-investor", "latter"))
            && (GoodsObjectAfter(subject.End) || SiteRightAfter(subject.End)) && (BuyerReadHere() ?? _topic ?? _s.Topic) is { } textCompany && !suppliers.Contains(textCompany))
        {
            recipients.Add(textCompany);
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
}
