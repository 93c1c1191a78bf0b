using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    /// <summary>
    /// A round word with the verb that gives it a lead or a participant, the company whose round it is named in an
    /// earlier sentence: "وقادت الجولة X" (verb, object, subject), "وتصدّرت X الجولة", "وشاركت X في الجولة",
    /// "X led the round", "X co-led the round". Returns whether the hit was read that way.
    /// </summary>
    private bool ReadRoundRole(CueHit round)
    {
        if (!IsRoundWord(round) || RoundVerbBefore(round.Start) is not { } verb)
        {
            return false;
        }

        return ReadRoundRole(round, verb);
    }

    // "X (IFC)، ذراع البنك الدولي للقطاع الخاص،" ending right before token end: the name the apposition describes.
    private MentionGroup? ApposedSubjectBefore(int end)
    {
        if (end - 1 <= _s.TokenStart || _doc.Tokens[end - 1].Norm is not ("،" or ","))
        {
            return null;
        }

        for (var k = end - 2; k > _s.TokenStart && k >= end - 14; k--)
        {
            if (_s.GroupAt(k) is null && _s.IsRelationCue(k) || _doc.Tokens[k].Norm is "." or ";" or "؛")
            {
                return null;
            }

            if (_doc.Tokens[k].Norm is "،" or ",")
            {
                var j = k - 1;
                if (j > _s.TokenStart && _doc.Tokens[j].Norm == ")")
                {
                    while (j > _s.TokenStart && _doc.Tokens[j].Norm != "(")
                    {
                        j--;                                    // "(IFC)"
                    }

                    j--;
                }

                return _s.Groups.LastOrDefault(g => g.End == j + 1 && !g.Prepositional);
            }
        }

        return null;
    }

    // "وقادت X الجولة، فيما شارك فيها كل من Y و Z": participants of "it", the round this sentence speaks of.
    private void ReadParticipantsOfIt(CueHit verb)
    {
        if (_doc.Language != "ar" || verb.End >= _s.TokenEnd || _doc.Tokens[verb.End].Norm is not ("فيها" or "فيه")
            || _s.GroupAfter(_s.AfterListIntro(verb.End + 1), 3) is not { } listed || !listed.Companies.Any())
        {
            return;
        }

        var investee = _sentenceInvestments.Count > 0 ? _sentenceInvestments[^1].Investee : RecentRound() ?? _topic;
        if (investee is null || listed.Members.Contains(investee) || !_s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c)) && _sentenceInvestments.Count == 0)
        {
            return;
        }

        // "شاركت فيها مجموعة «شفارتس» المالكة لـ...، ومجموعة «بوش» الصناعية، إلى جانب «هيوليت باكارد»": the list goes on over descriptions.
        foreach (var investor in _s.ListWithContinuations(listed).Where(m => !m.IsPerson).Concat(CoordinatedObjects(listed)).Distinct().Where(m => m != investee))
        {
            _bag.Add(RelTypes.InvestsIn, investor, investee, _money, _status, null, Evidence);
            _sentenceInvestments.Add((investor, investee));
        }
    }

    // "قادت الجولة شركة رأس المال المغامر «X»", "صندوق الاستثمار الجريء «X»": a company described by its trade before its name.
    private MentionGroup? GroupAfterCompanyDescription(int from)
    {
        if (from >= _s.TokenEnd || !_doc.IsCueWord("company-cue", from))
        {
            return null;
        }

        for (var k = from + 1; k < _s.TokenEnd && k <= from + 6; k++)
        {
            if (_s.GroupAt(k) is { } g)
            {
                return g;
            }

            var t = _doc.Tokens[k];
            if (t.IsWord && !((t.Kind == Text.TokenKind.Arabic && t.Norm is "راس" or "المال" or "مال" or "المغامر" or "الجريء" or "الجري" or "المخاطر" or "الاستثمار" or "الاستثماري" or "الاستثماريه"
                    || _doc.IsDefiniteNisba(k)) && !_s.IsRelationCue(k)))
            {
                return null;
            }
        }

        return null;
    }

    private bool ReadRoundRole(CueHit round, CueHit verb)
    {
        List<DocEntity> investors;
        if (_doc.Language == "ar")
        {
            // The subject stands between the verb and the round ("تصدّرت X الجولة", "شاركت X في الجولة") or after the round ("قادت الجولة X").
            var subject = _s.Groups.FirstOrDefault(g => g.Start >= verb.End && g.End <= round.Start && !g.Prepositional);
            if (subject is null)
            {
                var from = _s.AfterListIntro(round.End);
                subject = (_s.GroupAfter(from, 3) ?? GroupAfterCompanyDescription(from)) is { } after && (!after.Prepositional || from > round.End || _doc.IsCueWord("company-cue", from)) ? after : null;   // "كل من X و Y": من is no preposition here
            }

            investors = subject?.Companies.ToList() ?? [];
        }
        else
        {
            investors = Agents(verb, allowPeople: false);
        }

        if (investors.Count == 0)
        {
            return false;
        }

        // "قادت X الجولة في Y", "X led the round in Y": named here; else the company whose round an earlier sentence reported.
        var investee = _s.ObjectAfter(round.End, 6, "prep-in", "prep-to")?.Companies.FirstOrDefault(c => !investors.Contains(c))
            ?? RaiserAfter(round)?.Companies.FirstOrDefault(c => !investors.Contains(c))
            ?? RecentRound() ?? _topic ?? _s.Topic;
        if (investee is null || investors.Contains(investee))
        {
            return true;
        }

        foreach (var investor in investors)
        {
            _bag.Add(RelTypes.InvestsIn, investor, investee, _money, _status, null, Evidence);
            _sentenceInvestments.Add((investor, investee));
        }

        _round = (investee, _s.Sentence.Index);
        return true;
    }

    // "في جولة التمويل التي جمعتها أوبن إيه آي", "the round Anthropic raised in May": the company a relative clause says raised it.
    private MentionGroup? RaiserAfter(CueHit round)
    {
        var raise = _s.Cues.FirstOrDefault(c => c.Start >= round.End && c.Start - round.End <= 6 && c.Is("fundraise") && !IsRoundWord(c));
        if (raise is null)
        {
            return null;
        }

        return _s.GroupAfter(raise.End, 2) is { Prepositional: false } after ? after
            : _s.Groups.FirstOrDefault(g => g.Start >= round.End && g.End <= raise.Start && !g.Prepositional);
    }

    // The lead or participation verb of a round word: right before it ("قادت الجولة", "led the round"), or before its
    // subject and "في" ("شاركت X في الجولة", "تصدّرت X الجولة").
    private CueHit? RoundVerbBefore(int roundStart)
    {
        var k = roundStart - 1;
        while (k > _s.TokenStart && (!_doc.Tokens[k].IsWord || _doc.Tokens[k].Norm is "the" or "its" or "this" or "that" or "new" or "latest" or "في"))
        {
            k--;
        }

        if (k >= _s.TokenStart && _s.CueAt(k) is { } adjacent && adjacent.IsAny("lead-verb", "participate-verb"))
        {
            return adjacent;
        }

        // Arabic verb, subject, round: the subject is one group reached over quotes and company words, or over an apposition
        // between commas ("وقادت مؤسسة التمويل الدولية (IFC)، ذراع البنك الدولي للقطاع الخاص، الجولة").
        // (The apposition may name the parent: "ذراع البنك الدولي،" — the subject is the name before it.)
        if (_doc.Language != "ar" || (ApposedSubjectBefore(roundStart) ?? _s.Groups.LastOrDefault(g => g.End <= k + 1 && g.End >= k - 1 && !g.Prepositional)) is not { } subject)
        {
            return null;
        }

        for (var j = subject.Start - 1; j >= _s.TokenStart && j >= subject.Start - 3; j--)
        {
            if (_s.CueAt(j) is { } verb && verb.IsAny("lead-verb", "participate-verb"))
            {
                return verb;
            }

            if (_doc.Tokens[j].IsWord && !_doc.IsCueWord("company-cue", j))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "وشارك فيه المستثمر الملائكي نادر الشريف", "alongside angel investor Jane Roe": a person named as an angel investor in a
    /// sentence about a round invests in the round's company, as the firms of that sentence do.
    /// </summary>
    private void ReadAngelInvestors()
    {
        foreach (var g in _s.Groups)
        {
            if (!g.People.Any() || !AngelBefore(g.Start))
            {
                continue;
            }

            var investee = _sentenceInvestments.Count > 0 ? _sentenceInvestments[^1].Investee
                : _s.Cues.Any(c => c.Is("fundraise") && IsRoundWord(c)) ? RecentRound() ?? _s.Topic : null;
            if (investee is null)
            {
                return;
            }

            foreach (var person in g.People)
            {
                _bag.Add(RelTypes.InvestsIn, person, investee, null, StatusOf(_s), null, Evidence);
            }
        }
    }

    // "المستثمر الملائكي", "المستثمرة الملائكية", "angel investor": the words right before the name, over quotes.
    private bool AngelBefore(int start)
    {
        var k = start - 1;
        while (k > _s.TokenStart && !_doc.Tokens[k].IsWord)
        {
            k--;
        }

        if (k <= _s.TokenStart)
        {
            return false;
        }

        var last = _doc.Tokens[k].Norm;
        var before = _doc.Tokens[k - 1].Norm;
        return last is "الملائكي" or "الملائكيه" && (before.EndsWith("مستثمر", StringComparison.Ordinal) || before.EndsWith("مستثمره", StringComparison.Ordinal))
            || last is "investor" or "investors" && before is "angel";
    }

    /// <summary>"وتحظى «ميني ماكس» بدعم «تينسنت»", "تحظى الشركة بدعم من X": the company enjoys X's backing, so X invests in it.</summary>
    private void ReadEnjoysBacking()
    {
        if (_doc.Language != "ar")
        {
            return;
        }

        for (var k = _s.TokenStart; k + 1 < _s.TokenEnd; k++)
        {
            if (!ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "تحظي" or "يحظي" or "حظيت" or "حظي"))
            {
                continue;
            }

            var backing = Enumerable.Range(k + 1, Math.Max(0, Math.Min(_s.TokenEnd, k + 8) - k - 1)).FirstOrDefault(j => _doc.Tokens[j].Norm is "بدعم", -1);
            if (backing < 0)
            {
                return;
            }

            var from = backing + 1 < _s.TokenEnd && _doc.Tokens[backing + 1].Norm is "من" ? backing + 2 : backing + 1;
            var backed = _s.Groups.FirstOrDefault(g => g.Start > k && g.End <= backing && !g.Prepositional)?.Companies.FirstOrDefault()
                ?? (_s.Cues.Any(c => c.Is("topic-ref") && c.Start > k && c.End <= backing) ? _s.Topic : null);
            if (backed is null || _s.GroupAfter(from, 3) is not { } backers)
            {
                return;
            }

            foreach (var backer in _s.ListWithContinuations(backers).Where(m => !m.IsPerson && m != backed))
            {
                _bag.Add(RelTypes.InvestsIn, backer, backed, null, null, null, Evidence);
            }

            return;
        }
    }
}
