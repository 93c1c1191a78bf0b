using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Reads the six business relations sentence by sentence from cue words and the names around them: who acts
/// (the first name of the sentence that no preposition governs, a pronoun's referent, or the company of a person
/// who acts), and who is acted on (the name a preposition introduces: في/in for investments, من/from for
/// purchases, مع/with for partnerships, أمام/against for competition).
/// </summary>
internal sealed partial class RelationReader
{
    private readonly DocumentTokens _doc;
    private readonly List<SentenceView> _sentences;
    private readonly RelationBag _bag = new();
    private readonly Dictionary<string, DocEntity> _employer = new(StringComparer.Ordinal);
    private readonly DocEntity? _topic;
    private readonly Func<string, string?> _orgOf;
    private readonly Func<string, string?> _categoryOf;
    private readonly Func<string, bool> _known;
    private readonly Func<string, string?> _listedCategoryOf;
    private List<Money> _moneys = [];
    private readonly List<(DocEntity Investor, DocEntity Investee)> _sentenceInvestments = [];
    private (DocEntity Company, int Sentence)? _round;
    private SentenceView _s = null!;
    private Money? _money;
    private string? _status;

    public RelationReader(DocumentTokens doc, List<SentenceView> sentences, Func<string, string?>? orgOf = null, Func<string, string?>? categoryOf = null,
        Func<string, bool>? known = null)
    {
        _orgOf = orgOf ?? (_ => null);
        _known = known ?? (_ => false);
        _doc = doc;
        _sentences = sentences;
        var listed = categoryOf ?? (_ => null);
        _listedCategoryOf = listed;
        var described = DescribedKinds(listed);
        _categoryOf = key => listed(key) ?? described.GetValueOrDefault(key);
        // "The company", "الشركة" is seldom a fund ("the fund", "الصندوق" is): investors are the text's company only when it
        // names no other.
        // (A holding such as SoftBank is an investor too, and is called "the company": only names of funds count as funds.)
        bool NoFund(DocEntity e) => _categoryOf(e.Key) is not (null or "investor") || !FundName().IsMatch(e.Name + " " + e.Key);
        // ("معالجات AMD", "Nvidia's chips" in a story about their buyer: a maker named as the owner of goods is no topic.)
        bool GoodsOwner(MentionGroup g) => g.Start > 0 && doc.IsCueWord("goods", g.Start - 1);
        var byMentions = sentences.SelectMany(s => s.Groups).Where(g => !GoodsOwner(g)).SelectMany(g => g.Companies)
            .GroupBy(e => e.Key).OrderByDescending(g => g.Count()).Select(g => g.First()).ToList();
        _topic = byMentions.FirstOrDefault(NoFund) ?? byMentions.FirstOrDefault();
        // "الشركة", "فيها", "the company": the subject of the sentence before, else the article's main company.
        for (var i = 0; i < sentences.Count; i++)
        {
            DocEntity? previousSubject = null;
            for (var k = i - 1; k >= 0 && k >= i - 2 && previousSubject is null; k--)
            {
                // "عملاء وقدرات حوسبة", "Customers and chips": a section heading opens a new part of the story, which goes on
                // about the company of the text, not about the one the part before ended on.
                if (IsSectionHeading(sentences[k].Sentence))
                {
                    break;
                }

                // "تبرز «X» ... . وكانت الشركة قد جمعت ... في جولة قادها «Y». وتقود الشركة فلانة": a sentence whose subject
                // is "the company" goes on about the company before it, not about the investor it names later.
                // A fund as the subject is no "company": look further back.
                var opener = sentences[k].Groups.FirstOrDefault(g => !g.Prepositional && !GoodsOwner(g) && g.Companies.Any());
                previousSubject = k == i - 1 && OpensWithReference(sentences[k]) ? sentences[k].Topic
                    : (opener is null ? null : AppositionOfPossessor(sentences[k], opener) ?? opener)?.Companies.First() is { } subject && NoFund(subject) ? subject
                    // ("Sovereign fund X said it planned to invest in Y. The firm's chief executive ...": the company a fund of the
                    // sentence before acts on.)
                    : k == i - 1 && opener is not null ? sentences[k].Groups.Where(g => g.Start >= opener.End && AfterIn(g)).SelectMany(g => g.Companies).FirstOrDefault(NoFund) : null;
            }

            // "تعاقدت X مع «Y»، وهي شركة محلية ... . وقالت فلانة، مؤسسة الشركة": a company just introduced as one is what
            // "the company" of the next sentence means.
            // ("X raised $30m in a round led by Y, a London-based fund. Its chief executive ...": a fund introduced as one is no "it".)
            var introduced = i > 0 ? sentences[i - 1].Groups.FirstOrDefault(g => g.Companies.Any() && DescribedAsCompany(g.End) && _categoryOf(g.Companies.First().Key) != "investor") : null;
            sentences[i].Topic = introduced?.Companies.First() ?? previousSubject ?? _topic;

            // "The startup", "الشركة الناشئة": a young company the gazetteer does not know, the one named last before.
            // "وأسست فلانة الشركة في 2022", "The company was founded in 2021 by": a company founded a few years ago is
            // such a young one too, not the known group the sentence before ends on ("أما X ... فلم تنضم").
            var startupAt = StartupReferenceStart(sentences[i]);
            var referenceAt = startupAt >= 0 ? startupAt : FoundingReferenceStart(sentences[i]);
            if (known is not null && sentences[i].Topic is { } topic && known(topic.Key) && referenceAt >= 0)
            {
                for (var k = i; k >= 0 && k >= i - 3; k--)
                {
                    var young = sentences[k].Groups.Where(g => k < i || g.End <= referenceAt).SelectMany(g => g.Companies).LastOrDefault(e => !known(e.Key) && NoFund(e) && (startupAt >= 0 || _categoryOf(e.Key) != "investor"));
                    if (young is not null)
                    {
                        sentences[i].Topic = young;
                        break;
                    }
                }
            }
        }
    }

    private bool StartupReference(SentenceView s) => StartupReferenceStart(s) >= 0;

    private int StartupReferenceStart(SentenceView s) =>
        s.Cues.FirstOrDefault(c => c.Is("topic-ref") && c.End - c.Start >= 2 && _doc.Tokens[c.End - 1].Norm is "startup" or "start-up" or "up" or "الناشيه" or "الناشئه" or "الناشئة")?.Start ?? -1;

    // "the company" right after or before a verb or title of founding, no company named before it in the sentence.
    private int FoundingReferenceStart(SentenceView s)
    {
        // (A title, "مؤسس الشركة", "the company's co-founder", names a founder of the company the text already speaks of.)
        foreach (var found in s.Cues.Where(c => c.Is("found") && IsFoundingVerb(_doc.Tokens[c.Start].Norm)))
        {
            if (s.Groups.Any(g => g.Companies.Any() && g.Start < found.Start))
            {
                return -1;
            }

            if (s.Cues.FirstOrDefault(c => c.Is("topic-ref") && _doc.Tokens[c.End - 1].Norm is not ("its" or "it" or "fund") && !s.Groups.Any(g => g.Start < c.Start && g.Companies.Any())
                    && (c.Start >= found.End && c.Start - found.End <= 4 || c.End <= found.Start && found.Start - c.End <= 3)) is { } reference)
            {
                return reference.Start;
            }
        }

        return -1;
    }

    private static bool IsFoundingVerb(string word) =>
        word.TrimStart('و', 'ف') is "تأسست" or "تاسست" or "تأسس" or "تاسس" or "أسس" or "اسس" or "أسست" or "اسست" or "أسسا" or "اسسا" or "أسستا" or "اسستا" or "أسسوا" or "اسسوا"
            || word is "founded" or "co-founded" or "cofounded" or "set" or "started" or "established" or "launched";

    private static bool OpensWithReference(SentenceView s) =>
        s.Cues.FirstOrDefault(c => c.Is("topic-ref") && c.Start - s.TokenStart <= 2) is { } reference
        && !s.Groups.Any(g => g.Start < reference.Start && g.Companies.Any());

    // What the text says a company the gazetteer lacks does: "Vattenfall, a Swedish utility," (the apposition's head
    // noun, the last descriptive word in English, the first in Arabic), "the Swedish utility Vattenfall".
    private Dictionary<string, string> DescribedKinds(Func<string, string?> listed)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in _sentences)
        {
            foreach (var g in s.Groups)
            {
                if (g.Members.Count != 1 || g.Members[0].IsPerson || listed(g.Members[0].Key) is not null || kinds.ContainsKey(g.Members[0].Key))
                {
                    continue;
                }

                if ((KindInApposition(s, g.End) ?? KindInDescriptionBefore(s, g.Start)) is { } kind)
                {
                    kinds[g.Members[0].Key] = kind;
                }
            }
        }

        return kinds;
    }

    private string? KindInApposition(SentenceView s, int end)
    {
        var k = end;
        var comma = false;
        while (k < s.TokenEnd && !_doc.Tokens[k].IsWord)
        {
            comma |= _doc.Tokens[k].Norm is "," or "،";
            if (_doc.Tokens[k].Norm is "." or ";" or "؛" or ":")
            {
                return null;
            }

            k++;
        }

        if (!comma)
        {
            return null;
        }

        string? kind = null;
        for (var j = k; j < s.TokenEnd && j < k + 8; j++)
        {
            var t = _doc.Tokens[j];
            if (t.Norm is "'" or "’" or "-" or "s")
            {
                continue;                                   // "Sweden's state utility"
            }

            if (!t.IsWord || s.Groups.Any(g => g.Start == j) || s.IsRelationCue(j) || t.Norm is "which" or "who" or "that" or "التي" or "الذي" or "with" or "of" or "for" or "in" or "from" or "to")
            {
                break;
            }

            if (_doc.KindOf(j) is { } found)
            {
                kind = found;
                if (_doc.Language == "ar")
                {
                    break;
                }
            }
        }

        return kind;
    }

    private string? KindInDescriptionBefore(SentenceView s, int start)
    {
        for (var j = start - 1; j >= s.TokenStart && j >= start - 4; j--)
        {
            var t = _doc.Tokens[j];
            if (!t.IsWord)
            {
                if (t.Norm is "«" or "»" or "\"" or "“" or "”")
                {
                    continue;
                }

                return null;
            }

            if (s.Groups.Any(g => g.End == j + 1) || s.IsRelationCue(j) || _doc.IsCueWord("object-marker", j) || _doc.IsCueWord("prep-from", j))
            {
                return null;
            }

            if (_doc.KindOf(j) is { } found)
            {
                return found;
            }

            // "the Swedish utility Vattenfall": in English the kind stands right before the name ("the fund saw Daon as" is no description).
            if (_doc.Language == "en")
            {
                return null;
            }
        }

        return null;
    }

    private bool DescribedAsCompany(int k)
    {
        while (k < _doc.Tokens.Count && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("." or "؛" or ";"))
        {
            k++;
        }

        if (k >= _doc.Tokens.Count || _doc.Tokens[k].Norm is not ("وهي" or "وهو" or "هي" or "a" or "an"))
        {
            return false;
        }

        for (var j = k + 1; j < _doc.Tokens.Count && j <= k + 5 && _doc.Tokens[j].IsWord; j++)
        {
            if (_doc.IsCueWord("company-cue", j))
            {
                return true;
            }
        }

        return false;
    }

    // The readers a cue is handed to, in this order; a cue of several categories goes to each reader of one of them.
    private static readonly (string[] Categories, Action<RelationReader, CueHit> Read)[] CueReaders =
    [
        (["buy"], (r, h) => r.ReadPurchase(h)),
        (["supply"], (r, h) => r.ReadSupply(h)),
        (["ship"], (r, h) => r.ReadShipment(h)),
        (["cloud-of"], (r, h) => r.ReadCloudOf(h)),
        (["share-of"], (r, h) => r.ReadShareOfSales(h)),
        (["lease-out"], (r, h) => r.ReadLeaseOut(h)),
        (["run-on"], (r, h) => r.ReadRunOn(h)),
        (["design-for"], (r, h) => r.ReadDesignFor(h)),
        (["license"], (r, h) => r.ReadLicence(h)),
        (["pilot"], (r, h) => r.ReadPilot(h)),
        (["host"], (r, h) => r.ReadHosting(h)),
        (["come-from"], (r, h) => r.ReadComeFrom(h)),
        (["make-at"], (r, h) => r.ReadMakeAt(h)),
        (["take-capacity"], (r, h) => r.ReadTakeCapacity(h)),
        (["partner", "deal", "hire"], (r, h) =>
        {
            if (!h.Is("found"))
            {
                r.ReadPartnership(h);
            }
        }),
        (["partner"], (r, h) => r.ReadJointVenture(h)),
        (["backed-by", "acquired-by", "owned-by"], (r, h) => r.ReadBackedBy(h)),
        (["paid-for"], (r, h) => r.ReadPaidFor(h)),
        (["win-contract"], (r, h) => r.ReadContractWin(h)),
        (["award"], (r, h) => r.ReadAward(h)),
        (["outbid"], (r, h) => r.ReadOutbid(h)),
        (["consortium"], (r, h) => r.ReadConsortium(h)),
        (["choose"], (r, h) => r.ReadChoice(h)),
        (["undertake"], (r, h) => r.ReadUndertaking(h)),
        (["compete"], (r, h) => r.ReadCompetition(h)),
        (["participate-verb"], (r, h) => r.ReadParticipantsOfIt(h)),
        (["participate-verb"], (r, h) => r.ReadJointProject(h)),
        (["appoint", "join-company"], (r, h) => r.ReadAppointment(h)),
        (["status-talks"], (r, h) => r.ReadBareTalks(h)),
    ];

    public RelationBag Read()
    {
        foreach (var s in _sentences)
        {
            _s = s;
            _moneys = MoneyReader.Read(s.Sentence.Text).Where(m => !IsValuation(m)).ToList();
            _sentenceInvestments.Clear();
            var sentenceStart = _bag.Count;
            foreach (var chain in RoleChains().ToList())
            {
                ReadRoles(chain);
            }

            ReadTitleAppositions();
            ReadShareholdings();
            ReadOpeningPlanWith();
            ReadAgreedWith();
            ReadWorkingWith();
            ReadTogether();
            ReadCareers();
            ReadMoves();
            ReadPosts();
            ReadDuties();
            var relationsBefore = _bag.Count;
            ReadRunBy();

            foreach (var hit in s.Cues)
            {
                if (IsNegated(hit))
                {
                    continue;                                   // "لا يمتلك أسهما", "did not invest"
                }

                _money = NearestMoney(hit);
                _status = StatusFor(hit, s);
                if ((hit.Is("invest") || hit.Is("acquire") || hit.Is("own")) && !(hit.Is("share-of") && SalesAfter(hit) >= 0))
                {
                    ReadInvestment(hit);
                }
                else if ((hit.Is("fundraise") && !hit.Is("buy") || hit.Is("obtain")) && GoodsRightAfter(hit) && _s.ObjectAfter(hit.End, 20, "prep-from") is not null)
                {
                    ReadPurchase(hit);                          // "ستحصل «دلتا» على الكهرباء من X", "secured chips from Nvidia"
                }
                else if (hit.Is("fundraise") || hit.Is("led-by"))
                {
                    ReadFundraise(hit);
                }
                else if (hit.Is("join-round"))
                {
                    ReadJoinRound(hit);
                }

                foreach (var (categories, read) in CueReaders)
                {
                    if (hit.IsAny(categories))
                    {
                        read(this, hit);
                    }
                }

                if (hit.IsAny("customer-noun", "supplier-noun", "investor-noun"))
                {
                    var before = _bag.Count;
                    if (hit.Is("customer-noun"))
                    {
                        ReadCustomers(hit);
                    }
                    else if (hit.Is("supplier-noun"))
                    {
                        ReadSupplierNoun(hit);
                    }

                    if (_bag.Count == before)
                    {
                        ReadRelationNoun(hit);
                    }
                }
            }

            ReadAngelInvestors();
            ReadEnjoysBacking();
            ReadLedEarlierRounds();
            ReadStakeSales();
            ReadTalksForStake();
            ReadChipsInside(relationsBefore);
            CreditNamedArms(sentenceStart);
        }

        return _bag;
    }

    private string Evidence => _s.Sentence.Text;

    // Goods within three words after a verb of obtaining ("تحصل «دلتا» على الكهرباء", "secured 10,000 GPUs").
    private bool GoodsRightAfter(CueHit hit)
    {
        if (_doc.Tokens[hit.Start].Norm is "round" or "series" or "funding" || IsRoundWord(hit))
        {
            return false;
        }

        // Over the subject of an Arabic verb and "على": "ستحصل «دلتا هايبرسكيل» على الكهرباء".
        var from = hit.End;
        if (_doc.Language == "ar" && _s.GroupAfter(from, 2) is { Prepositional: false } subject)
        {
            from = subject.End;
        }

        while (from < _s.TokenEnd && (!_doc.Tokens[from].IsWord || _doc.Tokens[from].Norm is "علي" or "على" or "its" or "their" or "all" or "most" or "some"))
        {
            from++;
        }

        return _s.Cues.Any(c => c.Is("goods") && c.Start >= from && c.Start - from <= 2);
    }

    private bool IsNegated(CueHit hit)
    {
        for (var k = hit.Start - 1; k >= _s.TokenStart && k >= hit.Start - 3; k--)
        {
            if (IsNegator(k))
            {
                return true;
            }
        }

        // "لم يتوصل بعد إلى اتفاق نهائي مع X", "has yet to reach a deal": an agreement not reached.
        for (var k = hit.Start - 1; k > _s.TokenStart && k >= hit.Start - 5; k--)
        {
            if (_doc.Tokens[k].Norm.TrimStart('و', 'ف') is "يتوصل" or "تتوصل" or "يتوصلا" or "تتوصلا" or "يتوصلوا" && IsNegator(k - 1)
                || _doc.Tokens[k].Norm == "reach" && _doc.Tokens[k - 1].Norm == "to" && k > _s.TokenStart + 1 && _doc.Tokens[k - 2].Norm == "yet")
            {
                return true;
            }
        }

        // "أي شراكة", "any deal": said only where there is none. "ليست في محادثات مع X بشأن ...": the talks are negated.
        if (hit.Start > _s.TokenStart && _doc.Tokens[hit.Start - 1].Norm is "اي" or "any" && !_s.Groups.Any(g => g.Start < hit.Start && hit.Start <= g.End))
        {
            return true;
        }

        // "لم تنجح «مرايا» في ضم «دو» إلى قائمة عملائها", "failed to win X as a customer": a failed attempt is no relation.
        var (from, _) = ClauseAround(hit);
        // "has not announced any agreement to supply", "did not say whether X would buy": none stated ("إي" of «إي آند» is no "أي").
        if (Enumerable.Range(from, Math.Max(0, hit.Start - from)).Any(k => _doc.Tokens[k].Norm is "whether" || _doc.Tokens[k].Norm is "اذا" && k > from && _doc.Tokens[k - 1].Norm == "ما" || IsNegator(k) && Enumerable.Range(k + 1, Math.Max(0, Math.Min(hit.Start, k + 4) - k - 1)).Any(j => _doc.Tokens[j].Norm is "any" or "اي" && !_s.Groups.Any(g => g.Start <= j && j < g.End))))
        {
            return true;
        }

        if (Enumerable.Range(from, Math.Max(0, hit.Start - from)).Any(k => _doc.Tokens[k].Norm.TrimStart('و', 'ف') is "فشلت" or "فشل" or "failed" or "refused" or "رفضت" or "رفض" or "نفت" or "نفي" or "تنفي" or "ينفي" or "denied" or "denies"
                || IsNegator(k) && k + 1 < hit.Start && _doc.Tokens[k + 1].Norm is "تنجح" or "ينجح" or "تتمكن" or "يتمكن"))
        {
            return true;
        }

        return _s.Cues.Any(c => c.Is("status-talks") && c.End <= hit.Start && c.Start >= from && c != hit
            && Enumerable.Range(Math.Max(_s.TokenStart, c.Start - 3), c.Start - Math.Max(_s.TokenStart, c.Start - 3)).Any(IsNegator));
    }

    private bool IsNegator(int k) =>
        _doc.Tokens[k].Norm is "لا" or "لم" or "لن" or "ليس" or "ليست" or "not" or "never" or "no" or "n't" or "didn" or "doesn" or "won";

    // The amount a cue speaks of: the nearest one, preferring what follows the cue ("invest $10bn in ...").
    private SentenceView? _familyCuesOf;
    private List<CueHit> _familyCues = [];

    private Money? NearestMoney(CueHit hit)
    {
        // Only an amount in the cue's own clause: "X buys chips from Y, and Z invested $2bn in W".
        var (from, to) = ClauseAround(hit);

        var lo = _doc.Tokens[from].Start - _s.Sentence.Start;
        var hi = _doc.Tokens[to - 1].End - _s.Sentence.Start;
        // Each amount belongs to the relation cue nearest to it ("للاستثمار بمبلغ 10 مليارات، إضافة إلى تزويد ...": the investment's).
        static int Distance(Money m, int at) => m.Start >= at ? m.Start - at : 2 * (at - m.End);
        static string? Family(CueHit c) =>
            c.IsAny("invest", "acquire", "own", "fundraise", "led-by", "join-round", "backed-by") ? "invest" : c.IsAny("buy", "supply", "deal", "hire", "win-contract") ? "purchase" : c.Is("partner") ? "partner" : null;
        if (_familyCuesOf != _s)
        {
            _familyCuesOf = _s;
            _familyCues = [.. _s.Cues.Where(c => Family(c) is not null)];   // once per sentence, not once per cue
        }

        var relationCues = _familyCues;
        var at = _doc.Tokens[hit.Start].Start - _s.Sentence.Start;
        return _moneys.Where(m => m.Start >= lo && m.End <= hi)
            .Where(m => relationCues.Count == 0 || Family(hit) is null
                || Family(relationCues.MinBy(c => Distance(m, _doc.Tokens[c.Start].Start - _s.Sentence.Start))!) == Family(hit))
            .MinBy(m => Distance(m, at));
    }

    private bool IsValuation(Money m)
    {
        var before = _s.Sentence.Text[..m.Start];
        var window = before.Length > 40 ? before[^40..] : before;
        // "at a $3.1 billion valuation", "a $62bn market value": the noun after the amount says what it measures.
        var after = _s.Sentence.Text[Math.Min(m.End, _s.Sentence.Text.Length)..].TrimStart();
        return NotDealAmount().IsMatch(window) || after.StartsWith("valuation", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("market value", StringComparison.OrdinalIgnoreCase) || after.StartsWith("market cap", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("in revenue", StringComparison.OrdinalIgnoreCase) || after.StartsWith("in sales", StringComparison.OrdinalIgnoreCase);
    }

    // The status word nearest the cue in its clause ("تجري محادثات لاستثمار", "plans to invest"), else a past-tense
    // relation verb ("ضخت", "raised": done), else the sentence's strongest status word.
    private string? StatusFor(CueHit hit, SentenceView s)
    {
        var (from, to) = ClauseAround(hit);
        var near = s.Cues.Where(c => c.Start >= from && c.End <= to && Math.Abs(c.Start - hit.Start) <= 8)
            .SelectMany(c => c.Categories).Where(x => x.StartsWith("status-", StringComparison.Ordinal)).Select(x => x["status-".Length..]).ToHashSet();
        var done = hit.Is("done-verb") || _s.Cues.Any(c => c.Is("done-verb") && c.Start >= from && c.End <= to && Math.Abs(c.Start - hit.Start) <= 3)
            || (hit.IsAny("led-by", "join-round", "fundraise") && _s.Cues.Any(c => c.Is("done-verb") && c.Is("fundraise") && c.Start >= from && c.End <= hit.Start));   // "raised $45m in a round led by X"
        foreach (var status in StatusPrecedence)
        {
            if (done && status is "announced" or "reported")
            {
                return DealStatuses.Completed;                  // "said it had raised": what was said is done
            }

            if (near.Contains(status))
            {
                return status;                                  // "توقفت محادثات": stalled talks are stalled
            }
        }

        if (done)
        {
            return DealStatuses.Completed;
        }

        return StatusOf(s);
    }

    private (int From, int To) ClauseAround(CueHit hit)
    {
        int from = _s.TokenStart, to = _s.TokenEnd;
        for (var k = hit.Start - 1; k > _s.TokenStart; k--)
        {
            if (IsClauseBreak(k) || _doc.Tokens[k].Norm is ";" or "؛")
            {
                from = k;
                break;
            }
        }

        for (var k = hit.End; k < _s.TokenEnd; k++)
        {
            if (IsClauseBreak(k) || _doc.Tokens[k].Norm is ";" or "؛")
            {
                to = k;
                break;
            }
        }

        return (from, to);
    }

    private static readonly string[] StatusPrecedence = ["stalled", "talks", "completed", "planned", "announced", "reported"];

    private static string? StatusOf(SentenceView s)
    {
        foreach (var status in StatusPrecedence)
        {
            if (s.Has("status-" + status))
            {
                return status;
            }
        }

        return null;
    }

    private MentionGroup? GroupEndingAt(int token, int maxGap)
    {
        foreach (var g in _s.Groups.Reverse())
        {
            if (g.End <= token && token - g.End <= maxGap && Enumerable.Range(g.End, token - g.End).All(k => !_doc.Tokens[k].IsWord || _doc.Tokens[k].Norm is "s" || _doc.IsFillerWord(k)))
            {
                return g;
            }

            if (g.End <= token)
            {
                break;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(fund|capital|ventures?|partners|investments?|authority|holdings?)\b|صندوق|كابيتال|فنتشر|استثمار|جهاز|القابضة")]
    private static partial System.Text.RegularExpressions.Regex FundName();

    [System.Text.RegularExpressions.GeneratedRegex(@"(تقييم|قيمت|قيمة سوقية|السوقية|تقدر قيمت|قيمة شركت|قيمة الشركة|إيرادات|ايرادات|الإيرادات|أرباح|خسائر|ثروت|راتب|valuation|valued|valuing|revenue|sales|profit|loss|market value|market cap|salary|net worth)[^\d]{0,25}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NotDealAmount();
}
