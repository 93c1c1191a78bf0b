using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Relations named by a noun for one side of them: "Two Seas, Core Scientific's largest shareholder", "Magnetar,
/// one of its earliest backers", "CoreWeave will remain Core Scientific's biggest tenant", "AMD, a supplier to
/// OpenAI", "أمازون تبقى المستثمر الأكبر في الشركة", "صندوق X، أحد أكبر المستثمرين في Y", "counts Ampere as its
/// largest client". The holder of the noun (investor, customer, supplier) stands before it, in apposition or as a
/// subject; the other side is its possessor ("Y's", "its", "-ها") or the name a preposition introduces after it.
/// </summary>
internal sealed partial class RelationReader
{
    private const int MaxSkippedWords = 4;

    private void ReadRelationNoun(CueHit hit)
    {
        // "from East Ventures and Singapore's state investor Temasek": a noun right before a name describes that name.
        if (_doc.Language == "en" && hit.End < _s.TokenEnd && _s.Groups.Any(g => g.Start <= hit.End && hit.End < g.End) && hit.End - hit.Start == 1
            && _doc.Tokens[hit.Start].Norm is "investor" or "backer" or "shareholder" or "customer" or "client" or "supplier" or "provider" or "vendor")
        {
            return;
        }

        if (ReadBackersInclude(hit))
        {
            return;
        }

        if (!FindHolder(hit, out var holder, out var owner, out var pronounOwner))
        {
            ReadHoldersListedAfter(hit);
            return;
        }

        if (pronounOwner)
        {
            owner = Antecedent(hit.Start, holder);
        }

        owner ??= OwnerAfter(hit, holder);

        // "with Insight Partners and GIC among the backers": backers of the round this sentence speaks of.
        if (owner is null && hit.Is("investor-noun") && (_sentenceInvestments.Count > 0 || _s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c))))
        {
            owner = _sentenceInvestments.Count > 0 ? _sentenceInvestments[^1].Investee : RecentRound();
        }
        if (owner is null || holder.Members.Contains(owner))
        {
            return;
        }

        foreach (var member in holder.Members)
        {
            if (hit.Is("investor-noun"))
            {
                _bag.Add(RelTypes.InvestsIn, member, owner, null, null, null, Evidence);
                _sentenceInvestments.Add((member, owner));
            }
            else if (member.IsPerson)
            {
                continue;
            }
            else if (hit.Is("customer-noun"))
            {
                _bag.Add(RelTypes.BuysFrom, member, owner, null, null, null, Evidence);
            }
            else
            {
                _bag.Add(RelTypes.BuysFrom, owner, member, null, null, null, Evidence);
            }
        }

        // "كانت X من بين المستثمرين في Y، إلى جانب Z وفلان": the names beside the holder hold a share of Y too.
        if (hit.Is("investor-noun") && _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Members.Contains(owner)) is { } ownerGroup
            && CoHoldersAfter(ownerGroup.End) is { } beside)
        {
            foreach (var member in JoinedList(beside).Where(m => m != owner && !holder.Members.Contains(m)))
            {
                _bag.Add(RelTypes.InvestsIn, member, owner, null, null, null, Evidence);
            }
        }
    }

    // A group and the groups "and", "و" or a comma join to it, people and companies alike ("«إنفيديا» وريد هوفمان").
    // ("for OpenAI and Elon Musk's xAI": over possessives, where the caller keeps only companies.)
    private List<DocEntity> JoinedList(MentionGroup first, bool overPossessives = false)
    {
        var members = first.Members.ToList();
        var end = first.End;
        foreach (var g in _s.Groups.Where(g => g.Start >= first.End))
        {
            var joined = Enumerable.Range(end, g.Start - end).All(k => !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is not ("." or ";" or "؛" or "(" or ")") || IsAnd(k)
                    || overPossessives && _doc.Tokens[k].Norm == "s" && k > end && _doc.Tokens[k - 1].Norm is "'" or "’")
                && (g.Start > end || _doc.Tokens[g.Start].Norm.StartsWith('و'));
            if (!joined || g.Start - end > 3)
            {
                break;
            }

            members.AddRange(g.Members.Where(m => !members.Contains(m)));
            end = g.End;
        }

        return members;
    }

    // The names after ", إلى جانب" / "، alongside" / ", along with" right after a group that ends at end.
    private MentionGroup? CoHoldersAfter(int end)
    {
        var k = end;
        while (k < _s.TokenEnd && !_doc.Tokens[k].IsWord && _doc.Tokens[k].Norm is "," or "،" or "»" or "\"")
        {
            k++;
        }

        var after = k + 1 < _s.TokenEnd && _doc.Tokens[k].Norm is "الي" or "إلى" && _doc.Tokens[k + 1].Norm == "جانب" ? k + 2
            : k + 1 < _s.TokenEnd && _doc.Tokens[k].Norm == "along" && _doc.Tokens[k + 1].Norm == "with" ? k + 2
            : k < _s.TokenEnd && _doc.Tokens[k].Norm == "alongside" ? k + 1 : -1;
        return after > k ? _s.GroupAfter(after, 2) : null;
    }

    // "Lumenfold's backers include Intel Capital, which led its Series C, and Cedar Arc Ventures", "Its investors include X and
    // Y", "The startup's backers include X": the names after "include" invest in the possessor.
    private bool ReadBackersInclude(CueHit hit)
    {
        // "Cornerstone investors, who together took a third of the deal, included A and B": over a relative clause set off by commas.
        var verb = hit.End;
        if (_doc.Language == "en" && verb + 1 < _s.TokenEnd && _doc.Tokens[verb].Norm == "," && _doc.Tokens[verb + 1].Norm is "who" or "which")
        {
            var close = Enumerable.Range(verb + 2, Math.Max(0, Math.Min(_s.TokenEnd - 1, verb + 16) - verb - 2)).FirstOrDefault(k => _doc.Tokens[k].Norm == ",", -1);
            verb = close > 0 ? close + 1 : verb;
        }

        if (_doc.Language != "en" || !hit.Is("investor-noun") || verb >= _s.TokenEnd || _doc.Tokens[verb].Norm is not ("include" or "includes" or "included" or "are")
            || _s.GroupAfter(verb + 1, 3) is not { } listed || !listed.Companies.Any())
        {
            return false;
        }

        var startOfNoun = hit.Start;
        while (startOfNoun > _s.TokenStart && _doc.Tokens[startOfNoun - 1].Kind == Text.TokenKind.Latin && char.IsLower(_doc.Text[_doc.Tokens[startOfNoun - 1].Start])
            && _doc.Tokens[startOfNoun - 1].Norm is not ("its" or "their" or "s") && hit.Start - startOfNoun < 3)
        {
            startOfNoun--;                                      // "its existing backers", "Lumenfold's early investors"
        }

        var owner = PossessiveBefore(hit.Start)?.Companies.FirstOrDefault()
            ?? (startOfNoun > _s.TokenStart && _doc.Tokens[startOfNoun - 1].Norm is "its" or "their" || TopicPossessiveBefore(hit.Start) ? _s.Topic ?? _topic : null)
            // "Cornerstone investors ... included A": a sentence that opens on the noun speaks of the round (or offering) just told.
            ?? (hit.Start - FirstWordOfSentence() is 0 or 1 && verb > hit.End ? RecentRound() : null);
        if (owner is null)
        {
            return false;
        }

        foreach (var investor in _s.ListWithContinuations(listed).Where(m => !m.IsPerson && m != owner))
        {
            _bag.Add(RelTypes.InvestsIn, investor, owner, null, null, null, Evidence);
        }

        return true;
    }

    // "فازت رمال بعقد لتصميم أنظمة التبريد لدى هيوماين", "Mesquite won a contract from Crusoe": the winner supplies.
    // "ومن أبرز المساهمين في الشركة قبل الطرح مجموعة «تينسنت» وصندوق «هونغ شان»", "تضم قائمة المساهمين في X ...": the
    // owner follows the noun after "في", and the holders follow the owner.
    private void ReadHoldersListedAfter(CueHit hit)
    {
        if (!hit.Is("investor-noun") || _doc.Language != "ar")
        {
            return;
        }

        // "ويضم رأس مال الشركة مساهمين من بينهم «تويوتا» و«سوني»": holders a list names, of the company named (or meant) before.
        if (_s.AfterListIntro(hit.End) is var listStart && listStart > hit.End && _s.GroupAfter(listStart, 3) is { } listed && listed.Companies.Any())
        {
            var ownerBefore = _s.Groups.LastOrDefault(g => g.End <= hit.Start && hit.Start - g.End <= 4 && g.Companies.Any() && !g.Members.Intersect(listed.Members).Any())?.Companies.First()
                ?? (_s.Cues.Any(c => c.Is("topic-ref") && c.End <= hit.Start && hit.Start - c.End <= 3) ? _s.Topic ?? _topic : null);
            if (ownerBefore is not null && !listed.Members.Contains(ownerBefore))
            {
                foreach (var holder in listed.Companies.Concat(CoordinatedObjects(listed)).Distinct())
                {
                    _bag.Add(RelTypes.InvestsIn, holder, ownerBefore, null, null, null, Evidence);
                }
            }

            return;
        }

        // "كما تضم قائمة مساهميها عمالقة الإنترنت «علي بابا» و«تينسنت»": her holders, named after a few describing words.
        if ((hit.Suffix is "ها" || _doc.Tokens[hit.End - 1].Norm.EndsWith("ها", StringComparison.Ordinal))
            && _s.Groups.FirstOrDefault(g => g.Start >= hit.End && g.Start - hit.End <= 5 && !g.Prepositional && g.Companies.Any()) is { } herHolders
            && !Enumerable.Range(hit.End, herHolders.Start - hit.End).Any(k => _s.IsRelationCue(k) || _doc.Tokens[k].Norm is "." or "،" or ",")
            && (_s.CompanySubjectBefore(hit.Start) ?? _s.Topic ?? _topic) is { } her)
        {
            foreach (var holder in _s.ListWithContinuations(herHolders).Where(m => !m.IsPerson && m != her))
            {
                _bag.Add(RelTypes.InvestsIn, holder, her, null, null, null, Evidence);
            }

            return;
        }

        var ownerGroup = _s.ObjectAfter(hit.End, 3, "prep-in");
        if (ownerGroup is null || ownerGroup.Companies.FirstOrDefault() is not { } owner)
        {
            return;
        }

        var holders = _s.Groups.FirstOrDefault(g => g.Start >= ownerGroup.End && g.Start - ownerGroup.End <= 5 && !g.Prepositional && g.Companies.Any() && !g.Members.Contains(owner));
        if (holders is null || Enumerable.Range(ownerGroup.End, holders.Start - ownerGroup.End).Any(k => _s.IsRelationCue(k) || _doc.Tokens[k].Norm is "." or "،" or ","))
        {
            return;
        }

        foreach (var holder in holders.Companies.Concat(CoordinatedObjects(holders)).Distinct())
        {
            _bag.Add(RelTypes.InvestsIn, holder, owner, null, null, null, Evidence);
        }
    }

    private void ReadContractWin(CueHit hit)
    {
        // "فازت شركة «الراية» بعقد الأعمال المدنية": a bare verb of winning wins a contract only where one follows it.
        var bareVerb = hit.End - hit.Start == 1;
        var contractAt = bareVerb ? Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 10) - hit.End))
            .FirstOrDefault(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "عقد" or "عقود" or "مناقصه" or "صفقه"), -1) : hit.End;
        if (contractAt < 0)
        {
            return;
        }

        // An Arabic verb's subject follows it ("بينما فازت شركة «X» بعقد"), whatever was named before in the sentence.
        List<DocEntity> suppliers = _doc.Language == "ar" && bareVerb && _s.GroupAfter(hit.End, 3) is { Prepositional: false } winner && winner.End <= contractAt && winner.Companies.Any()
            ? [.. winner.Companies]
            : Agents(hit, allowPeople: false);
        bool Unbroken(int end) => !Enumerable.Range(contractAt, end - contractAt).Any(k => _s.IsClauseBreakWord(k) || _doc.Tokens[k].Norm is "," or "،" or ";" or "؛");
        var customers = (_s.ObjectAfter(contractAt, 12, "prep-from", "prep-to") is { } from && Unbroken(from.Start) ? from : null
            ?? _s.Groups.FirstOrDefault(g => g.Start >= contractAt && g.Start - contractAt <= 12 && g.Companies.Except(suppliers).Any() && Unbroken(g.Start)))?.Companies.Except(suppliers).ToList() ?? [];
        // "Redmesa won the contract for the liquid-cooling loops": a contract of no one named is for the project of the
        // company the text is about.
        if (customers.Count == 0 && suppliers.Count > 0 && (_topic ?? _s.Topic) is { } project && !suppliers.Contains(project))
        {
            customers = [project];
        }

        foreach (var customer in customers)
        {
            foreach (var supplier in suppliers)
            {
                _bag.Add(RelTypes.BuysFrom, customer, supplier, _money, _status, null, Evidence);
            }
        }
    }

    // "أسندت X عقد الإنشاء إلى Y", "awarded the contract to Y": Y supplies the one who awards it.
    private void ReadAward(CueHit hit)
    {
        // The contract and its works stand between the verb and "إلى"/"to": look past them.
        // ("أُرسي عقد الإنشاء على X": a contract is let "on" its winner.)
        // ("أسندت «X» جزءاً من أعمال التغليف إلى Y": an Arabic verb's subject after it is no part of the works.)
        var worksFrom = _doc.Language == "ar" && _s.GroupAfter(hit.End, 2) is { Prepositional: false } subject && subject.Companies.Any() ? subject.End : hit.End;
        // ("أرست X صفقة بقيمة 1.8 مليار درهم (نحو 190 مليون دولار) على Y": a bracketed sum does not count toward the distance.)
        var bracketed = BracketedTokens(worksFrom, 20);
        var to = Enumerable.Range(worksFrom, Math.Max(0, Math.Min(_s.TokenEnd, worksFrom + 10 + Math.Min(bracketed, 8)) - worksFrom))
            .FirstOrDefault(k => _doc.Tokens[k].Norm is "الي" or "to" or "لصالح" || _doc.Tokens[k].Norm == "علي" && ArabicAffixes.AffixVariants(_doc.Tokens[hit.Start].Norm).Any(v => v.StartsWith("ارس") || v.StartsWith("ترسي")), -1);
        if (to < 0 || (_s.GroupAfter(to + 1, 3) ?? ConsortiumLedAfter(to + 1)) is not { } awarded || !awarded.Companies.Any())
        {
            return;
        }

        var suppliers = awarded.Start > to + 3 ? _s.ListWithContinuations(awarded).Where(e => !e.IsPerson).ToList() : awarded.Companies.ToList();
        var customers = Agents(hit, allowPeople: false, exclude: suppliers);
        // "أُرسي عقد الهندسة على X": a passive award is the project's of the company the text is about.
        if (customers.Count == 0 && _topic is { } project && !suppliers.Contains(project))
        {
            customers = [project];
        }

        foreach (var customer in customers)
        {
            foreach (var supplier in suppliers)
            {
                _bag.Add(RelTypes.BuysFrom, customer, supplier, _money, _status, null, Evidence);
            }
        }
    }

    private static readonly string[] WorksNouns = ["توريد", "تركيب", "تزويد", "بناء", "تشييد", "انشاء", "تصميم", "تنفيذ", "اعمال", "تطوير"];

    // "في حين ستتولى «فيرتيف» الأميركية تركيب أنظمة التبريد", "على أن تتولى الأخيرة أعمال التصميم والتشييد": the one who
    // takes on the supply or the works sells them to the sentence's subject, else to the company the text is about.
    private void ReadUndertaking(CueHit hit)
    {
        var supplierGroup = _doc.IsCueWord("latter", Math.Min(hit.End, _s.TokenEnd - 1)) && LastCompanyBefore(hit.Start) is { } latter
            ? new MentionGroup(hit.End, hit.End + 1, [latter], false)
            : _s.GroupAfter(hit.End, 2);
        if (supplierGroup is not { Prepositional: false } || !supplierGroup.Companies.Any()
            || !Enumerable.Range(supplierGroup.End, Math.Max(0, Math.Min(_s.TokenEnd, supplierGroup.End + 4) - supplierGroup.End))
                .Any(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => WorksNouns.Contains(v))))
        {
            return;
        }

        var suppliers = supplierGroup.Companies.ToList();
        var customer = _s.ObjectAfter(supplierGroup.End, 10, "prep-to")?.Companies.FirstOrDefault(c => !suppliers.Contains(c))
            // ("X won the civil works, while Y installs the cooling": a fellow contractor is no customer.)
            ?? _s.Groups.FirstOrDefault(g => g.End <= hit.Start && !g.Prepositional && g.Companies.Any(c => !suppliers.Contains(c))
                && !_s.Cues.Any(c => c.Is("win-contract") && c.End <= hit.Start && Math.Abs(c.Start - g.Start) <= 3))?.Companies.First(c => !suppliers.Contains(c))
            ?? (_s.Topic is { } about && !suppliers.Contains(about) ? about : null);
        if (customer is null)
        {
            return;
        }

        foreach (var supplier in suppliers)
        {
            _bag.Add(RelTypes.BuysFrom, customer, supplier, _money, _status, null, Evidence);
        }
    }

    // "Princeton Digital Group, backed by Warburg Pincus", "Yotta, the Navi Mumbai operator backed by the Hiranandani Group",
    // "شركة X المدعومة من صندوق Y": the investors follow, the investee is the company the phrase describes.
    private void ReadBackedBy(CueHit hit)
    {
        // "المملوكة بأغلبيتها لـX", "مملوكة جزئياً لـX": how much is owned stands between the cue and the owner.
        var ownerFrom = hit.End < _s.TokenEnd && IsOwnedShareWord(hit.End) ? hit.End + 1 : hit.End;
        // "backed by Saudi Arabia's Public Investment Fund": a place's possessive before the owner.
        var backers = _s.GroupAfter(ownerFrom, 4) ?? (_doc.Language == "en" ? GroupAfterDescription(ownerFrom) : null) ?? _s.ListAfterDescription(hit.End)   // "with seed capital from eight corporations, including X"
            ?? (_moneys.Any(m => m.Start >= _doc.Tokens[hit.End - 1].End - _s.Sentence.Start && m.Start - (_doc.Tokens[hit.End - 1].End - _s.Sentence.Start) <= 2)
                ? _s.ObjectAfter(hit.End, 8, "prep-from") : null);                     // "backed by $15 million from Dubai-based X"
        var investors = backers?.Members.ToList();
        if (backers is null || investors is null || investors.Count == 0
            || Enumerable.Range(hit.End, backers.Start - hit.End).Any(k => _doc.Tokens[k].Norm is "its" or "their" or "with")   // "backed by the city government, with carmaker Chery joining"
            || (backers.End < _s.TokenEnd && _doc.Tokens[backers.End].Norm is "shares" or "stock" or "stake" or "assets" or "bonds" or "اسهم" or "سندات"))
        {
            return;                                             // "a margin loan backed by its Arm shares"
        }

        var (from, _) = ClauseAround(hit);
        var described = _s.Groups.LastOrDefault(g => g.End <= hit.Start && g.Companies.Any() && hit.Start - g.End <= 8
            && !Enumerable.Range(g.End, hit.Start - g.End).Any(k => _s.IsRelationCue(k)))
            ?? _s.Groups.FirstOrDefault(g => g.End <= hit.Start && g.Start >= from && !g.Prepositional && g.Companies.Any());
        // "The company was set up with seed capital from ...": the reference that is the clause's subject.
        var investee = described?.Companies.Last() ?? (TopicReferenceNear(hit.Start, hit.Start)
            || _s.Cues.Any(c => c.Is("topic-ref") && c.End <= hit.Start && hit.Start - c.End <= 6 && c.Start >= from && _doc.Tokens[c.Start].Norm is not ("its" or "their")) ? _s.Topic : null);
        if (investee is null)
        {
            return;
        }

        // Owning is a state, not a deal of this sentence: "«ناريفا»، المملوكة لـ«المدى»" in a sentence that signs something else.
        var owning = hit.Is("owned-by");
        foreach (var investor in investors.Where(i => i != investee))
        {
            _bag.Add(RelTypes.InvestsIn, investor, investee, owning ? null : _money, owning ? null : _status, null, Evidence);
        }
    }

    private bool IsOwnedShareWord(int k) =>
        _doc.Tokens[k].Norm.TrimStart('و') is "باغلبيتها" or "باغلبيته" or "باغلبيه" or "جزييا" or "جزئيا" or "بالكامل" or "كليا" or "بالاغلبيه";

    // "Databricks paid $1.3 billion for MosaicML": an amount paid for a company buys it. Paid for goods or to a company
    // ("paid Oracle $300m for capacity") is a purchase the buy cues read.
    private void ReadPaidFor(CueHit hit)
    {
        if (ReadPaysCompanyFor(hit))
        {
            return;
        }

        // The amount must follow the verb at once ("paid $1.3 billion", "paid about $250 million") and "for" the amount.
        var afterVerb = _doc.Tokens[hit.End - 1].End - _s.Sentence.Start;
        var amount = _moneys.FirstOrDefault(m => m.Start >= afterVerb && m.Start - afterVerb <= 12);
        var forToken = amount is null ? -1 : Enumerable.Range(hit.End, _s.TokenEnd - hit.End).FirstOrDefault(k => _doc.Tokens[k].Start - _s.Sentence.Start >= amount.End, -1);
        // "which put $250,000 into the company": money put into a company invests in it.
        if (amount is not null && forToken >= 0 && _doc.Tokens[hit.Start].Norm is "put" or "puts" or "putting" && _doc.Tokens[forToken].Norm is "into" or "in"
            && (_s.GroupAfter(forToken + 1, 4)?.Companies.FirstOrDefault() ?? (_s.TopicAfter(forToken + 1) is { } topicFunded ? topicFunded.Members[0] : null)) is { } funded)
        {
            foreach (var investor in Agents(hit, allowPeople: true, exclude: [funded]))
            {
                _bag.Add(RelTypes.InvestsIn, investor, funded, amount, _status, null, Evidence);
            }

            return;
        }

        if (amount is null || forToken < 0 || _doc.Tokens[forToken].Norm != "for"
            || _s.GroupAfter(forToken + 1, 6) is not { } bought || bought.Companies.FirstOrDefault() is not { } investee)
        {
            return;
        }

        foreach (var buyer in Agents(hit, allowPeople: false, exclude: [investee]))
        {
            _bag.Add(RelTypes.InvestsIn, buyer, investee, amount, _status, null, Evidence);
        }
    }

    // Walks back from the noun over its determiners and adjectives ("one of the largest", "أحد أكبر"), a possessor
    // ("Core Scientific's", "its") and at most a linking verb ("will remain", "تبقى"), to a comma after a name
    // (apposition), a name (subject) or "as" after a name ("counts X as its client").
    private bool FindHolder(CueHit hit, out MentionGroup holder, out DocEntity? owner, out bool pronounOwner)
    {
        holder = null!;
        owner = null;
        pronounOwner = false;
        var skipped = 0;
        var possessive = false;
        for (var k = hit.Start - 1; k >= _s.TokenStart; k--)
        {
            var t = _doc.Tokens[k];
            if (_s.Groups.FirstOrDefault(g => g.End == k + 1 || (possessive && g.Start <= k && g.End >= k + 1)) is { } group)
            {
                if (possessive || IsPossessive(group))
                {
                    var possessor = group.Companies.LastOrDefault();
                    owner = possessor;
                    if (group.Members.Count > 1 && possessor is not null)
                    {
                        // "Two Seas Capital, Core Scientific's largest shareholder" reads like a list: the apposition's name leads it.
                        holder = group with { Members = [.. group.Members.Where(m => m != possessor)] };
                        return true;
                    }

                    possessive = false;
                    k = group.Start;
                    continue;
                }

                if (group.Prepositional && !(group.Start > 0 && _s.CueAt(group.Start - 1) is { } with && with.Is("prep-with")))
                {
                    return false;
                }

                holder = group;
                return true;
            }

            if (t.Norm is "," or "،")
            {
                // An apposition describes its name whatever governs it: "rented to Microsoft, one of Nvidia's customers".
                // ("صندوق «X»، أحد أوائل المستثمرين": a closing quote may stand between the name and the comma.)
                var nameEnd = k;
                while (nameEnd - 1 > _s.TokenStart && _doc.Tokens[nameEnd - 1].Norm is "\"" or "»" or "”")
                {
                    nameEnd--;
                }

                var apposed = _s.Groups.FirstOrDefault(g => g.End == k || g.End == nameEnd);
                // "سام ألتمان، الرئيس التنفيذي لأوبن إيه آي، من أبرز مستثمري X": the name a title describes, before the title.
                if (apposed is { Prepositional: true } && Enumerable.Range(Math.Max(_s.TokenStart, apposed.Start - 8), Math.Max(0, apposed.Start - Math.Max(_s.TokenStart, apposed.Start - 8)))
                        .LastOrDefault(j => _doc.Tokens[j].Norm is "," or "،", -1) is var comma and > 0
                    && _s.Groups.FirstOrDefault(g => g.End == comma && !g.Prepositional) is { } described)
                {
                    apposed = described;
                }

                holder = apposed!;
                return apposed is not null;
            }

            if (t.Norm == "s" && t.Start > 0 && _doc.Text[t.Start - 1] is '\'' or '’')
            {
                possessive = true;
                if (k > _s.TokenStart && _doc.Tokens[k - 1].Norm is "'" or "’")
                {
                    k--;
                }

                continue;
            }

            if (t.Norm is "its" or "their")
            {
                pronounOwner = true;
                continue;
            }

            if (t.Norm is "as" or "ك" && _s.Groups.FirstOrDefault(g => g.End == k) is { } counted)
            {
                holder = counted;
                // "CoreWeave, which counts Nvidia as a shareholder": the one who counts owns the noun.
                pronounOwner |= counted.Start > _s.TokenStart && _doc.Tokens[counted.Start - 1].Norm is "counts" or "count" or "counted" or "counting";
                return true;
            }

            if (!t.IsWord && t.Norm is "«" or "»" or "\"" or "“" or "”")
            {
                continue;                                       // "«إنفيديا» من أوائل المستثمرين"
            }

            if (!t.IsWord || !MayStandInNounPhrase(k) || ++skipped > MaxSkippedWords)
            {
                return false;
            }
        }

        return false;
    }

    // "Core Scientific's": the tokenizer leaves the "'s" out of the name.
    private bool IsPossessive(MentionGroup group)
    {
        var end = _doc.Tokens[group.End - 1].End;
        return end + 1 < _doc.Text.Length && _doc.Text[end] is '\'' or '’' && _doc.Text[end + 1] == 's';
    }

    // Determiners, adjectives and linking verbs: a lower-case English word or an Arabic word that is no cue, and no
    // preposition other than the "of" of "one of" / "من" of "من أكبر".
    private bool MayStandInNounPhrase(int k)
    {
        var t = _doc.Tokens[k];
        var norm = t.Norm;
        if (norm is "of" or "من")
        {
            return k > _s.TokenStart && _doc.Tokens[k - 1].Norm is "one" or "among" or "some" or "احد" or "بين"
                || (k + 1 < _s.TokenEnd && (_doc.Tokens[k + 1].Norm is "اكبر" or "ابرز" or "اهم" or "اوائل" or "كبار" or "بين" || _s.IsRelationCue(k + 1) || _s.CueAt(k + 1) is { } noun && noun.IsAny("investor-noun", "customer-noun", "supplier-noun")));   // "من أوائل المستثمرين", "من المستثمرين"
        }

        // "من بين مساهمي X": among.
        if (norm is "بين" && k > _s.TokenStart && _doc.Tokens[k - 1].Norm is "من")
        {
            return true;
        }

        if (_doc.IsCueWord("object-marker", k) || _s.IsRelationCue(k) || _s.CueAt(k) is { } cue && (cue.Is("speech") || cue.Categories.Any(c => c.StartsWith("role-", StringComparison.Ordinal))))
        {
            return false;
        }

        return t.Kind == TokenKind.Arabic || (t.Kind == TokenKind.Latin && char.IsLower(_doc.Text[t.Start]));
    }

    // "an investor in X", "a supplier to X", "المقاولين الرئيسيين لدى X", "عملائها", "المستثمر الأكبر في الشركة".
    private DocEntity? OwnerAfter(CueHit hit, MentionGroup holder)
    {
        if (_s.ObjectAfter(hit.End, 6, "prep-in", "prep-of", "prep-to", "prep-from") is { } governed)
        {
            return governed.Companies.FirstOrDefault();
        }

        // "من أبرز مستثمري «هيليون»", "من بين مساهمي «لامبدا»": an Arabic plural in construct takes its owner right after it.
        if (_doc.Language == "ar" && hit.End - hit.Start == 1 && hit.Suffix.Length == 0 && _doc.Tokens[hit.Start].Norm.EndsWith('ي')
            && _s.GroupAfter(hit.End, 2) is { Prepositional: false } construct && construct.Companies.FirstOrDefault() is { } constructOwner && !holder.Members.Contains(constructOwner))
        {
            return constructOwner;
        }

        // "the largest buyer of its stacks": what is bought is the possessor's.
        if (Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 3) - hit.End)).Any(k => _doc.Tokens[k].Norm is "its" or "their"))
        {
            return Antecedent(hit.Start, holder);
        }

        return hit.Suffix is "ها" || _doc.Tokens[hit.End - 1].Norm.EndsWith("ها", StringComparison.Ordinal) ? Antecedent(hit.Start, holder) : null;
    }

    // "its", "-ها": the subject company of the sentence, else the last company named before, else the topic; never the holder.
    private DocEntity? Antecedent(int token, MentionGroup holder) =>
        _s.Groups.FirstOrDefault(g => g.End <= token && !g.Prepositional && g.Companies.Except(holder.Members).Any())?.Companies.Except(holder.Members).First()
        // "وتقول كولمان، الرئيسة التنفيذية للشركة، إن X باتت من عملائها": the company of the person who speaks.
        ?? (_s.Groups.FirstOrDefault(g => g.End <= token && g.People.Any()) is { } speaker && _employer.TryGetValue(speaker.People.First().Key, out var employer)
            && !holder.Members.Contains(employer) ? employer : null)
        // "The lab ... counts Allianz among its customers": a reference to the article's company earlier in the sentence.
        ?? (_s.Cues.Any(c => c.Is("topic-ref") && c.End <= token && _doc.Tokens[c.Start].Norm is not ("its" or "their")) && _topic is { } main && !holder.Members.Contains(main) ? main : null)
        ?? LastCompanyBefore(token, holder.Members) ?? (_s.Topic is { } topic && !holder.Members.Contains(topic) ? topic : null);
}
