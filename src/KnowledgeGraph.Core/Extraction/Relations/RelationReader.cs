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
    private List<Money> _moneys = [];
    private readonly List<(DocEntity Investor, DocEntity Investee)> _sentenceInvestments = [];
    private (DocEntity Company, int Sentence)? _round;
    private SentenceView _s = null!;
    private Money? _money;
    private string? _status;

    public RelationReader(DocumentTokens doc, List<SentenceView> sentences, Func<string, string?>? orgOf = null, Func<string, string?>? categoryOf = null)
    {
        _orgOf = orgOf ?? (_ => null);
        _categoryOf = categoryOf ?? (_ => null);
        _doc = doc;
        _sentences = sentences;
        _topic = sentences.SelectMany(s => s.Groups).SelectMany(g => g.Companies)
            .GroupBy(e => e.Key).OrderByDescending(g => g.Count()).Select(g => g.First()).FirstOrDefault();
        // "الشركة", "فيها", "the company": the subject of the sentence before, else the article's main company.
        for (var i = 0; i < sentences.Count; i++)
        {
            DocEntity? previousSubject = null;
            for (var k = i - 1; k >= 0 && k >= i - 2 && previousSubject is null; k--)
            {
                previousSubject = sentences[k].Groups.FirstOrDefault(g => !g.Prepositional && g.Companies.Any())?.Companies.First();
            }

            // "تعاقدت X مع «Y»، وهي شركة محلية ... . وقالت فلانة، مؤسسة الشركة": a company just introduced as one is what
            // "the company" of the next sentence means.
            var introduced = i > 0 ? sentences[i - 1].Groups.FirstOrDefault(g => g.Companies.Any() && DescribedAsCompany(g.End)) : null;
            sentences[i].Topic = introduced?.Companies.First() ?? previousSubject ?? _topic;
        }
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

    public RelationBag Read()
    {
        foreach (var s in _sentences)
        {
            _s = s;
            _moneys = MoneyReader.Read(s.Sentence.Text).Where(m => !IsValuation(m)).ToList();
            _sentenceInvestments.Clear();
            foreach (var chain in RoleChains().ToList())
            {
                ReadRoles(chain);
            }

            ReadTitleAppositions();

            foreach (var hit in s.Cues)
            {
                if (IsNegated(hit))
                {
                    continue;                                   // "لا يمتلك أسهما", "did not invest"
                }

                _money = NearestMoney(hit);
                _status = StatusFor(hit, s);
                if (hit.Is("invest") || hit.Is("acquire") || hit.Is("own"))
                {
                    ReadInvestment(hit);
                }
                else if (hit.Is("fundraise") || hit.Is("led-by"))
                {
                    ReadFundraise(hit);
                }
                else if (hit.Is("join-round"))
                {
                    ReadJoinRound(hit);
                }

                if (hit.Is("buy"))
                {
                    ReadPurchase(hit);
                }

                if (hit.Is("supply"))
                {
                    ReadSupply(hit);
                }

                if ((hit.Is("partner") || hit.Is("deal") || hit.Is("hire")) && !hit.Is("found"))
                {
                    ReadPartnership(hit);
                }

                if (hit.Is("backed-by"))
                {
                    ReadBackedBy(hit);
                }

                if (hit.Is("win-contract"))
                {
                    ReadContractWin(hit);
                }

                if (hit.Is("compete"))
                {
                    ReadCompetition(hit);
                }

                if (hit.IsAny("appoint", "join-company"))
                {
                    ReadAppointment(hit);
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
        }

        return _bag;
    }

    private string Evidence => _s.Sentence.Text;

    private bool IsNegated(CueHit hit)
    {
        for (var k = hit.Start - 1; k >= _s.TokenStart && k >= hit.Start - 3; k--)
        {
            if (IsNegator(k))
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
        if (Enumerable.Range(from, Math.Max(0, hit.Start - from)).Any(k => _doc.Tokens[k].Norm is "فشلت" or "فشل" or "failed" or "refused" or "رفضت" or "رفض"
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
        var relationCues = _s.Cues.Where(c => Family(c) is not null).ToList();
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
        return NotDealAmount().IsMatch(window);
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

    // "co-founder and chief executive of X", "الرئيس التنفيذي والمؤسس المشارك": roles joined by and/و share one company and person.
    private IEnumerable<List<CueHit>> RoleChains()
    {
        var roles = _s.Cues.Where(h => h.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal)) || h.Is("found")).ToList();
        var chain = new List<CueHit>();
        foreach (var hit in roles)
        {
            if (chain.Count > 0 && !Enumerable.Range(chain[^1].End, Math.Max(0, hit.Start - chain[^1].End))
                    .All(k => _doc.Tokens[k].Norm is "و" or "and" or "," or "،" or "&"))
            {
                yield return chain;
                chain = [];
            }

            chain.Add(hit);
        }

        if (chain.Count > 0)
        {
            yield return chain;
        }
    }

    private void ReadRoles(List<CueHit> chain)
    {
        var first = chain[0];
        var last = chain[^1];

        // "appointed Jane Doe as its chief financial officer": the appointment reads the title with its company.
        var beforeTitle = first.Start - 1;
        while (beforeTitle > _s.TokenStart && _doc.Tokens[beforeTitle].Norm is "its" or "the" or "a" or "an" or "new" or "their")
        {
            beforeTitle--;
        }

        if (beforeTitle >= _s.TokenStart && _doc.Tokens[beforeTitle].Norm == "as" && _s.Cues.Any(c => c.Is("appoint") && c.End <= beforeTitle))
        {
            return;
        }

        var anyFounder = chain.Any(h => h.Is("found"));

        // The company: after the role ("الرئيس التنفيذي لشركة X", "CEO of X"), or right before it ("Nvidia CEO", "OpenAI's CFO");
        // a founder's company may come a few words later ("أسس فلان شركة X"); "its CFO", "الشركة": the company the article is about.
        // "Tarang's co-founder and chief executive and a former engineer at Qualcomm": the possessor holds the titles.
        var possessor = _doc.Language == "en" ? PossessiveBefore(first.Start)?.Companies.FirstOrDefault() : null;
        var company = possessor ?? _s.GroupAfter(last.End, 4)?.Companies.FirstOrDefault()
            ?? _s.ObjectAfter(last.End, 5, "prep-in", "prep-to", "prep-of")?.Companies.FirstOrDefault();  // "الشريك المؤسس في X", "partner at X", "الرئيسة التنفيذية لـ«X»", "chief executive of French cloud provider X"
        if (company is null && anyFounder && _s.GroupAfter(last.End, 2) is { } founderAfter && founderAfter.People.Any())
        {
            company = _s.GroupAfter(founderAfter.End, 3)?.Companies.FirstOrDefault();   // "أسس فلان شركة X"
        }

        // "Surge AI, the firm founded by Edwin Chen", "Helsing was founded in 2021 by X": the company before, the founder after "by".
        var by = Enumerable.Range(last.End - 1, Math.Max(0, Math.Min(_s.TokenEnd, last.End + 4) - last.End + 1))
            .FirstOrDefault(k => _doc.Tokens[k].Norm == "by" && !_s.Groups.Any(g => g.Start >= last.End && g.Start < k), -1);
        // "تأسست «X» في 2023 على يد فلان": founded at the hand of; the company follows the verb.
        var byHand = anyFounder && _doc.Language == "ar"
            ? Enumerable.Range(last.End, Math.Max(0, Math.Min(_s.TokenEnd - 1, last.End + 12) - last.End)).FirstOrDefault(k => _doc.Tokens[k].Norm is "علي" or "على" && _doc.Tokens[k + 1].Norm == "يد", -1)
            : -1;
        if (byHand >= 0 && (company ?? LastCompanyBefore(first.Start)) is { } handFounded
            && _s.Groups.FirstOrDefault(g => g.Start > byHand + 1 && g.Start - byHand <= 8 && g.People.Any()) is { } handFounders)
        {
            foreach (var person in FounderList(handFounders))
            {
                _bag.Add(RelTypes.Founded, person, handFounded, null, null, null, Evidence);
            }

            return;
        }

        if (company is null && anyFounder && by >= 0
            && _s.Groups.LastOrDefault(g => g.End <= first.Start && g.Companies.Any()) is { } founded
            && _s.Groups.FirstOrDefault(g => g.Start > by && g.Start - by <= 8 && g.People.Any()) is { } founders)
        {
            foreach (var person in FounderList(founders))
            {
                _bag.Add(RelTypes.Founded, person, founded.Companies.First(), null, null, null, Evidence);
            }

            return;
        }

        var before = GroupEndingAt(first.Start, 2);
        var companyBefore = possessor is not null;
        if (company is null && before is not null && before.Companies.Any() && _doc.Language == "en")
        {
            company = before.Companies.First();
            companyBefore = true;
        }

        // "ورئيسها التنفيذي", "أسسها", "يقودها": "her" is a company named before in the sentence (or just before it).
        if (company is null && chain.Any(h => h.Suffix == "ها" || _doc.Tokens[h.End - 1].Norm.EndsWith("ها", StringComparison.Ordinal)))
        {
            // "ولم تحسم الشركة ...، لكن فلان، مؤسسها ورئيسها": "الشركة" named before it in the sentence is the article's company.
            company = _s.Groups.FirstOrDefault(g => g.End <= first.Start && g.Companies.Any())?.Companies.First()
                ?? (_s.Cues.Any(c => c.Is("topic-ref") && c.End <= first.Start && _doc.Language == "ar") ? _topic : null)
                ?? LastCompanyBefore(first.Start);
            companyBefore = company is not null;
        }

        // "Robin Khuda, who founded AirTrunk and remains its chief executive": "its" is the company named last before it.
        if (company is null && first.Start > _s.TokenStart && _doc.Tokens[first.Start - 1].Norm is "its" or "their"
            && _s.Groups.LastOrDefault(g => g.End < first.Start - 1 && g.Companies.Any()) is { } named)
        {
            company = named.Companies.Last();
            companyBefore = true;
        }

        if (company is null && TopicReferenceNear(first.Start, last.End))
        {
            company = KnownEmployerInDocument() ?? _s.Topic ?? LastCompanyBefore(first.Start) ?? _topic;
            companyBefore = company is not null;
        }

        // "ويرأس مجلس إدارة X فلان، بينما يتولى فلان منصب الرئيس التنفيذي": a title with no company names the sentence's company.
        if (company is null && chain.Any(h => h.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman"))
            && _s.Groups.FirstOrDefault(g => g.End <= first.Start && g.Companies.Any()) is { } sentenceCompany)
        {
            company = sentenceCompany.Companies.First();
            companyBefore = true;
        }

        // "Chief Executive Sanjay Mehrotra told analysts ...": a title opening the sentence before a name, no company named with it.
        if (company is null && _doc.Language == "en" && _s.Sentence.Index > 0 && first.Start == FirstWordOfSentence()
            && _s.GroupAfter(last.End, 1) is { } titled && titled.People.Any())
        {
            company = KnownEmployerInDocument() ?? _topic;
            companyBefore = company is not null;
        }

        // "Raghavan is the chief executive", "ويشغل ها منصب الرئيس التنفيذي": a title with a person and no company in the
        // sentence is held at the company the text is about (or the one the gazetteer knows for that person).
        if (company is null && chain.Any(h => h.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman", "role-md"))
            && !_s.Groups.Any(g => g.Companies.Any()) && _s.Groups.Any(g => g.People.Any()) && !NamesItsCompany(last.End))
        {
            company = KnownEmployerInDocument() ?? _s.Topic;
            companyBefore = company is not null;
        }

        if (company is null)
        {
            return;
        }

        var people = new List<DocEntity>();
        var companyGroup = _s.Groups.FirstOrDefault(g => g.Members.Contains(company));
        var rightAfterCue = _s.Groups.FirstOrDefault(g => g.Start >= last.End && g.Start - last.End <= 1 && g.People.Any())
            ?? (_s.GroupAfter(last.End, 3) is { } nearAfter && nearAfter.People.Any() ? nearAfter : null)
            ?? (anyFounder ? PersonAfterDescription(last.End, overCompanies: false) : null);   // "أسسها المصرفي السابق فلان"
        if (rightAfterCue is null && anyFounder && companyGroup is not null && companyGroup.Start >= last.End && companyGroup.Start - last.End <= 3)
        {
            rightAfterCue = PersonAfterDescription(companyGroup.End, overCompanies: false);   // "أسس «X» عام 2023 فلان وفلان"
        }

        if ((companyBefore || anyFounder) && rightAfterCue is not null)
        {
            people.AddRange(rightAfterCue.People);            // "Microsoft chief executive Satya Nadella", "أسس فلان شركة X", "Its CFO, Jane Doe"
        }
        else if (companyGroup is not null && companyGroup.Start >= last.End && _s.GroupAfter(companyGroup.End, 3) is { } after && after.People.Any())
        {
            people.AddRange(after.People);                    // "... لشركة X، فلان،" / "Nvidia CEO Jensen Huang"
        }
        else if (companyGroup is not null && companyGroup.Start >= last.End && PersonAfterTitleWords(companyGroup.End) is { } introduced)
        {
            people.AddRange(introduced.People);               // "ويرأس مجلس إدارة X رجل الأعمال فلان"
        }
        else if (GroupEndingAt(first.Start, 2) is { } appositive && appositive.People.Any())
        {
            people.AddRange(appositive.People);               // "فلان، الرئيس التنفيذي لشركة X"
        }
        else if (_s.Groups.LastOrDefault(g => g.End <= first.Start && g.People.Any()) is { } nearest)
        {
            people.AddRange(nearest.People);
        }
        else if (chain.Any(h => h.IsAny("role-ceo", "role-cfo", "role-cto", "role-coo", "role-chairman")) && !UnreadNameBefore(first.Start) && PreviousPerson() is { } previous)
        {
            people.Add(previous);                             // "the OpenAI CEO said ..." after a sentence naming him
        }

        // "Mensch founded the company with Lample and Lacroix", "co-founded X in 2016 with former Google engineer Y": the founders named after "with".
        if (anyFounder && (_s.ObjectAfter(last.End, 8, "prep-with") ?? CofoundersAfterWith(last.End)) is { } cofounders)
        {
            people.AddRange(FounderList(cofounders));
        }

        foreach (var hit in chain)
        {
            var who = new List<DocEntity>(people);
            if (_s.Has("succeed") && !hit.Is("found"))
            {
                who.AddRange(_s.Groups.Where(g => g.End <= hit.Start).SelectMany(g => g.People));
            }

            foreach (var person in who.Distinct())
            {
                if (hit.Is("found"))
                {
                    _bag.Add(RelTypes.Founded, person, company, null, null, null, Evidence);
                }
                else if (!IsFormer(hit))
                {
                    _bag.Add(RelTypes.WorksFor, person, company, null, null, RoleName(hit), Evidence);
                    _employer.TryAdd(person.Key, company);
                }
            }
        }
    }

    // "الرئيسة التنفيذية لـ«سحاب»", "CEO of Kestrel": the title names a company, read or not.
    private bool NamesItsCompany(int token)
    {
        if (token >= _s.TokenEnd)
        {
            return false;
        }

        var t = _doc.Tokens[token];
        return t.Norm is "لـ" or "ل" or "of" or "at" or "في" or "لدى" or "in" || (t.Kind == Text.TokenKind.Arabic && t.Norm.StartsWith('ل') && !_doc.IsFillerWord(token))
            || (t.IsWord && _s.CueAt(token) is { } cue && cue.Is("topic-ref"));
    }

    // "by Lena Brandt, a former DeepMind scientist, and Tobias Wendl, who ...", "by A, a banker, B, a researcher, and C":
    // founders named with appositions between; a name after a bare comma counts once the list ends in "and" a name.
    private List<DocEntity> FounderList(MentionGroup first)
    {
        var people = first.People.ToList();
        var pending = new List<DocEntity>();
        foreach (var g in _s.Groups.Where(g => g.Start > first.End && g.Start - first.End <= 24 && g.People.Any()))
        {
            var k = g.Start - 1;
            while (k > first.End && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("," or "،"))
            {
                k--;
            }

            if (_doc.Tokens[k].Norm is "and" or "و" || (_doc.Tokens[k].Norm.StartsWith('و') && _doc.Tokens[k].Kind == Text.TokenKind.Arabic)
                || (_doc.Tokens[g.Start].Norm.StartsWith('و') && _doc.Tokens[g.Start].Kind == Text.TokenKind.Arabic))
            {
                people.AddRange(pending);
                pending.Clear();
                people.AddRange(g.People);
            }
            else if (_doc.Tokens[k].Norm is "," or "،" && k > first.End && _doc.Language == "en")
            {
                pending.AddRange(g.People);
            }
            else
            {
                break;
            }
        }

        return people;
    }

    // "رجل الأعمال فلان", "الشيخ فلان": a person after words that only introduce a person.
    private MentionGroup? PersonAfterTitleWords(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 5; k++)
        {
            if (_s.GroupAt(k) is { } g)
            {
                return g.People.Any() ? g : null;
            }

            if (_doc.Tokens[k].IsWord && !_doc.IsCueWord("person-cue", k) && !(_s.CueAt(k) is { } intro && intro.Is("person-cue")) && !_s.IsFiller(k)
                && !_doc.IsPersonTitle(k))
            {
                return null;
            }
        }

        return null;
    }

    // "with former Google engineer Tomasz Wolny", "مع زميلها السابق في الجامعة فلان": a co-founder after "with" and a description.
    private MentionGroup? CofoundersAfterWith(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 16; k++)
        {
            if (_doc.Tokens[k].Norm is "with" or "مع" or "رفقه" or "برفقه" || _doc.Tokens[k].Norm == "جانب" && k > from && _doc.Tokens[k - 1].Norm is "الي" or "إلى")
            {
                return PersonAfterDescription(k + 1, overCompanies: true);
            }

            if (!_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is "." or ";" or "؛")
            {
                return null;
            }
        }

        return null;
    }

    // The first person named within a few words of description ("المصرفي السابق", "former Infosys architect", "عام 2023",
    // "his brother"), over no other person, relation word or sentence break.
    private MentionGroup? PersonAfterDescription(int from, bool overCompanies)
    {
        var words = 0;
        for (var k = from; k < _s.TokenEnd && words <= 6; k++)
        {
            if (_s.Groups.FirstOrDefault(g => g.Start == k) is { } g)
            {
                if (g.People.Any())
                {
                    return g;
                }

                if (!overCompanies)
                {
                    return null;
                }

                k = g.End - 1;
                words++;
                continue;
            }

            var t = _doc.Tokens[k];
            if (t.Norm is "with" or "مع" or "by" && !overCompanies)
            {
                return null;                                    // "co-founded X in 2019 with Y": Y is a co-founder, read as such
            }

            if (!t.IsWord)
            {
                if (t.Norm is "." or ";" or "؛" or ":" or "(")
                {
                    return null;
                }

                continue;
            }

            if (_s.IsRelationCue(k) && !(_s.CueAt(k) is { } c && c.IsAny("prep-in", "object-marker")))
            {
                return null;
            }

            words++;
        }

        return null;
    }

    // "هوانغ، الرئيس التنفيذي": a word no rule read stands where the title's holder would be named.
    private bool UnreadNameBefore(int token)
    {
        var k = token - 1;
        while (k >= _s.TokenStart && _doc.Tokens[k].Norm is "," or "،")
        {
            k--;
        }

        return k >= _s.TokenStart && k < token - 1 && _doc.Tokens[k].IsWord && _s.CueAt(k) is null && !_s.Groups.Any(g => g.Start <= k && k < g.End);
    }

    // "هوانغ، الرئيس التنفيذي للشركة": a person the gazetteer knows, whose organisation this document names.
    private DocEntity? KnownEmployerInDocument()
    {
        foreach (var person in _s.Groups.SelectMany(g => g.People))
        {
            if (_orgOf(person.Key) is { } org && _sentences.SelectMany(s => s.Groups).SelectMany(g => g.Companies).FirstOrDefault(c => c.Name == org) is { } company)
            {
                return company;
            }
        }

        return null;
    }

    private bool TopicReferenceNear(int start, int end)
    {
        foreach (var c in _s.Cues)
        {
            if (c.Is("topic-ref") && ((c.End <= start && start - c.End <= 2) || (c.Start >= end && c.Start - end <= 2)))
            {
                return true;
            }
        }

        // "مديرها المالي", "رئيسها التنفيذي": a role with "her" attached (a company is feminine in Arabic).
        return _s.Cues.Any(c => c.Start == start && c.Suffix == "ها");
    }

    // "former Google researcher", "الرئيس التنفيذي السابق": a past job is no WORKS_FOR. Only the words of this title
    // count: "co-founder and chief executive and a former engineer at Qualcomm" holds the first two now.
    private bool IsFormer(CueHit hit)
    {
        for (var k = hit.Start - 1; k >= _s.TokenStart && k >= hit.Start - 3; k--)
        {
            if (_doc.Tokens[k].Norm is "former" or "ex" or "formerly" or "previously" or "once" or "سابقا")
            {
                return true;
            }

            if (_doc.Tokens[k].Norm is "and" or "و" or "," or "،")
            {
                break;
            }
        }

        for (var k = hit.End; k < _s.TokenEnd && k < hit.End + 3; k++)
        {
            if (_doc.Tokens[k].Norm is "السابق" or "السابقه" or "سابقا" or "الاسبق" or "formerly")
            {
                return true;
            }

            if (!_doc.Tokens[k].IsWord || _doc.Tokens[k].Norm is "and" or "و")
            {
                break;
            }
        }

        return false;
    }

    private static string RoleName(CueHit hit)
    {
        var category = hit.Categories.First(c => c.StartsWith("role-", StringComparison.Ordinal));
        return category switch
        {
            "role-ceo" => "CEO",
            "role-cfo" => "CFO",
            "role-cto" => "CTO",
            "role-coo" => "COO",
            "role-md" => "managing director",
            _ => category["role-".Length..],
        };
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

    [System.Text.RegularExpressions.GeneratedRegex(@"(تقييم|قيمت|قيمة سوقية|السوقية|تقدر قيمت|قيمة شركت|قيمة الشركة|إيرادات|ايرادات|الإيرادات|أرباح|خسائر|ثروت|راتب|valuation|valued|valuing|revenue|sales|profit|loss|market value|market cap|salary|net worth)[^\d]{0,25}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NotDealAmount();
}
