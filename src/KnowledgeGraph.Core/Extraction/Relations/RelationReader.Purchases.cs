using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // "Power for the campus will come partly from EDF", "Those chips will come from Nvidia", "أما الكهرباء فستأتي من
    // «ناريفا»": goods named before the verb come from the company after it, for the company the text is about.
    private void ReadComeFrom(CueHit hit)
    {
        if (_s.Cues.FirstOrDefault(c => c.Is("goods") && c.End <= hit.Start && hit.Start - c.End <= 5 && c.Start >= _s.TokenStart) is not { } goods
            || _s.GroupAfter(hit.End, 3) is not { } source || !source.Companies.Any())
        {
            return;
        }

        // "Ondine's chips are manufactured by TSMC": goods of a possessor no name was read for are nobody's we know.
        var owner = goods.Start - 1;
        while (owner > _s.TokenStart && goods.Start - owner <= 2 && _doc.Tokens[owner].Norm is "'s" or "'" or "’" or "’s" or "s")
        {
            owner--;
        }

        if (owner < goods.Start - 1 && _s.GroupAt(owner) is null && _doc.Tokens[owner].Kind == Text.TokenKind.Latin && char.IsUpper(_doc.Text[_doc.Tokens[owner].Start]))
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

    private static readonly Dictionary<string, int> SupplierRanks = new(StringComparer.Ordinal)
    {
        ["chips"] = 4, ["hardware"] = 3, ["datacenter"] = 3, ["cloud"] = 3, ["energy"] = 2, ["big-tech"] = 2, ["telecom"] = 2,
    };

    private int SupplierRank(DocEntity company) =>
        _categoryOf(company.Key) is { } category && SupplierRanks.TryGetValue(category, out var rank) ? rank : 0;

    private void ReadPurchase(CueHit hit)
    {
        if (ReadRelativeObjectBought(hit))
        {
            return;
        }

        // "Earlier this year it bought Ottogrid, a small Vancouver firm": a company bought is an acquisition.
        if (_doc.Language == "en" && _doc.Tokens[hit.Start].Norm is "bought" or "buys" or "buy" or "buying" or "purchased" or "purchases"
            && (_s.GroupAfter(hit.End, 2) ?? DescribedCompanyAfter(hit.End) ?? SharePrepositionFree(OwnedAfterShare(hit.End))) is { Prepositional: false, IsProduct: false } bought && bought.Companies.Any()
            && !_s.Cues.Any(c => c.Is("goods") && c.Start >= bought.End && c.Start - bought.End <= 3)
            && !(bought.End < _s.TokenEnd && _doc.Tokens[bought.End].Norm is "'" or "’")         // "buy Rebellions' inference cards": its goods
            && _doc.Tokens[hit.End].Norm is not ("through" or "via"))                               // "bought through Supermicro": a reseller
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

        if (ReadRentedOut(hit) || ReadLeaseSignedWith(hit))
        {
            return;
        }

        // "اتفقت «أوبن إيه آي» على شراء الشركة الناشئة", "agreed to buy the startup": buying the company the text is about.
        // (After a finite Arabic verb "الشركة" is its subject: "اشترت الشركة خوادم"; only the noun "شراء" takes it as object.)
        var buyingNoun = _doc.Language == "en" || ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "شراء");
        if (buyingNoun && hit.End < _s.TokenEnd && _s.CueAt(hit.End) is { } boughtRef && boughtRef.Start == hit.End && boughtRef.Is("topic-ref") && _doc.Tokens[hit.End].Norm is not ("its" or "it")
            && !_s.Cues.Any(c => c.Is("goods") && c.Start >= boughtRef.End && c.Start - boughtRef.End <= 2) && _s.Topic is { } boughtCompany)
        {
            foreach (var buyer in Agents(hit, allowPeople: false, exclude: [boughtCompany]))
            {
                _bag.Add(RelTypes.InvestsIn, buyer, boughtCompany, _money, _status, null, Evidence);
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

        if (!_s.Has("goods") && !HasProductMention() && !BuyingFromNamed(hit))
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
        var relied = IsRelyVerb(hit) ? (_s.ObjectAfter(hit.End, 6, "prep-on") ?? (_doc.Tokens[hit.End - 1].Norm == "on" ? _s.GroupAfter(hit.End, 3) : null) ?? ReliedForSupply(right)) : null;
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

        // "بنك القاهرة، الذي يستخدم منصتها", "بدأت «فودافون مصر» في استخدام منصتها", "ويستخدم «X» منصتها": goods that are "hers", used by another
        // company, are those of the company the text is about ("منصتها الخاصة" is the user's own).
        if (suppliers.Count == 0 && _doc.Language == "ar" && IsUseVerb(hit)
            && (right is { Prepositional: false } ? right.End : hit.End) is var goodsFrom
            && _s.Cues.FirstOrDefault(c => c.Is("goods") && c.Start >= goodsFrom && c.Start - goodsFrom <= 1) is { Suffix: "ها" } hers
            && !(hers.End < _s.TokenEnd && ArabicAffixes.AffixVariants(_doc.Tokens[hers.End].Norm).Any(v => v is "الخاصه"))
            && HerGoodsOwner() is { } owner)
        {
            suppliers = [owner];
        }

        // "Cohere has signed an agreement to rent 60 megawatts", "حجزت «فاصلة» سعة 8 ميغاواط": capacity taken from no one named
        // is the capacity of the company the text is about, when the sentence names no other company.
        if (suppliers.Count == 0 && CapacityAfter(hit.End) && _topic is { } host && _categoryOf(host.Key) is null or "datacenter" or "cloud" or "telecom"
            && _s.Groups.Where(g => !g.IsProduct).SelectMany(g => g.Companies).Distinct().ToList() is { Count: 1 } named && named[0] != host
            && !_doc.IsCueWord("latter", Math.Min(hit.End, _s.TokenEnd - 1)))
        {
            suppliers = [host];
        }

        // "sources its chips from Nvidia through Dell", "systems bought through Supermicro": the reseller the goods pass
        // through sells them too.
        if (_doc.Language == "en" && ThroughReseller(hit.End) is { } reseller)
        {
            suppliers = [.. suppliers, .. reseller.Companies.Except(suppliers)];
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

        // "تُركب في مركز بيانات تستأجره من «سنتر3»": a verb of renting with a pronoun right after the goods it rents is a
        // relative clause whose subject is the sentence's, not the name just before it.
        if (RelativeGoodsSubject(hit, suppliers) is { } renter)
        {
            buyers = [renter];
        }

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

    // "said it planned to buy a credit-scoring system from Tigris Labs", "تشتري حلولاً من X": buying "from" a company needs no
    // goods word, since what is bought from a company is its goods; not a stake or shares bought from a holder. Renting from a
    // company is the same ("عقداً لاستئجار قدرة حوسبة من X", "rents space from X"): what is rented from it is its to let.
    private bool BuyingFromNamed(CueHit hit)
    {
        var verb = _doc.Tokens[hit.Start].Norm;
        if (!(verb is "buy" or "buys" or "bought" or "buying" or "purchase" or "purchases" or "purchased" or "rent" or "rents" or "rented" or "renting" or "lease" or "leases" or "leased" or "leasing"
            || _doc.Language == "ar" && ArabicAffixes.AffixVariants(verb).Any(v => v is "شراء" or "يشتري" or "تشتري" or "اشترت" or "اشترى" or "ستشتري" or "سيشتري"
                or "استئجار" or "تستاجر" or "يستاجر" or "استاجرت" or "ستستاجر" or "سيستاجر" or "نستاجر")))
        {
            return false;
        }

        if (_s.ObjectAfter(hit.End, Window, "prep-from") is not { } seller || !seller.Companies.Any())
        {
            return false;
        }

        // (An Arabic verb's subject follows it: "اشترت شركة زين نظاماً من X".)
        var subject = _doc.Language == "ar" ? _s.GroupAfter(hit.End, 3) : null;
        return Enumerable.Range(hit.End, seller.Start - hit.End).All(k => (_s.GroupAt(k) is null || _s.GroupAt(k) == subject)
            && !(_doc.Tokens[k].Norm is "stake" or "stakes" or "share" or "shares" or "holding" or "holdings" or "interest" or "%" or "percent" or "business" or "unit" or "division" or "assets" or "stock" or "site" or "sites" or "plant" or "factory" or "building" or "land" or "campus" or "property" or "part" or "portfolio")
            && !ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "حصه" or "حصص" or "اسهم" or "سهم" or "الحصه" or "وحده" or "اصول" or "مصنع" or "ارض" or "موقع" or "مبنى" or "جزء"));
    }

    // The names right after "through" or "via" in the clause after a verb of buying, over a describing noun ("through server
    // maker X"), with no other name or verb between.
    private MentionGroup? ThroughReseller(int from)
    {
        for (var k = from; k + 1 < _s.TokenEnd && k < from + 12; k++)
        {
            if (_doc.Tokens[k].Norm is "." or ";" or ":" || _s.IsRelationCue(k) && !_s.Cues.Any(c => c.Start <= k && k < c.End && c.Is("goods")))
            {
                return null;
            }

            if (_doc.Tokens[k].Norm is "through" or "via")
            {
                return _s.GroupAfter(k + 1, 3) is { } reseller && reseller.Companies.Any() && !reseller.IsProduct ? reseller : null;
            }
        }

        return null;
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

    // Whose platform or models a customer uses: the company "the company" means here, else the article's; a large supplier
    // the gazetteer knows (a cloud, a chip maker) that a sentence before happened to open with yields to the article's own.
    private DocEntity? HerGoodsOwner() =>
        _s.Topic is { } here && (_listedCategoryOf(here.Key) is null or "ai-lab" || _topic is null) ? here : _topic ?? _s.Topic;

    private bool IsUseVerb(CueHit hit) =>
        ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "استخدام" or "تستخدم" or "يستخدم" or "استخدمت" or "استخدم");

    private bool IsRelyVerb(CueHit hit) =>
        ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v is "تعتمد" or "يعتمد" or "اعتماد" or "اعتمد" or "اعتمدت")
        || _doc.Tokens[hit.Start].Norm is "relies" or "rely" or "depends" or "relied";

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

        var g = _s.Groups.LastOrDefault(x => x.End <= goodsStart && goodsStart - x.End <= 6 && x.Companies.Any());
        if (g is null)
        {
            return null;
        }

        // "Horizon's Journey chips", "Nvidia's Blackwell processors": after a possessive, a product's name may stand too.
        var possessive = g.End + 1 < goodsStart && _doc.Tokens[g.End].Norm is "'" or "’" && _doc.Tokens[g.End + 1].Norm == "s";
        for (var k = g.End; k < goodsStart; k++)
        {
            // ("Vodafone, which uses the software in its call centres": a name before a verb of buying is its subject, the user.)
            var t = _doc.Tokens[k];
            if (t.Norm is "which" or "who" || _s.CueAt(k) is { } verb && verb.Is("buy"))
            {
                return null;
            }

            if (t.IsWord && !(t.Norm is "s" || (t.Kind == Text.TokenKind.Latin && (char.IsLower(_doc.Text[t.Start]) || possessive && _s.GroupAt(k) is null) && !_doc.IsCueWord("object-marker", k))))
            {
                return null;
            }
        }

        return g;
    }

    private bool HasProductMention() => _s.Groups.Any(g => g.IsProduct);
}
