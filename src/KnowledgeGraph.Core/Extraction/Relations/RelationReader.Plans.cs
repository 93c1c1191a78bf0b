using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    // Words that may come before the noun that opens the sentence: "A proposed joint venture with", "A separate plan with".
    private static readonly HashSet<string> OpeningModifiers = ["a", "an", "the", "its", "their", "proposed", "separate", "planned", "earlier",
        "previous", "potential", "possible", "second", "new", "parallel", "similar", "further", "meanwhile", ","];

    /// <summary>
    /// A sentence that opens with a plan, a venture or talks "with X" and names no one else who has them ("Talks with
    /// Vertex over a joint facility stalled", "A proposed joint venture with Fortum ... was shelved", "Discussions with
    /// Telesat were shelved"): the company the article is about partners (or meant to partner) with X.
    /// </summary>
    private void ReadOpeningPlanWith()
    {
        if (_doc.Language != "en")
        {
            return;
        }

        var k = _s.TokenStart;
        while (k < _s.TokenEnd && OpeningModifiers.Contains(_doc.Tokens[k].Norm))
        {
            k++;
        }

        if (k + 1 >= _s.TokenEnd)
        {
            return;
        }

        var norm = _doc.Tokens[k].Norm;
        if (norm == "joint" && _doc.Tokens[k + 1].Norm is "venture" or "project" or "development")
        {
            k++;
        }
        else if (norm is not ("talks" or "negotiations" or "discussions" or "plan" or "plans" or "partnership" or "collaboration" or "alliance" or "venture" or "tie-up"))
        {
            return;
        }

        // ("Talks with X over chip supply": talks for goods are the purchase rules' to read; "talks with a fund" are about money.)
        if (_doc.Tokens[k + 1].Norm != "with" || _s.GroupAfter(k + 2, 4) is not { } partner || !partner.Companies.Any() || TalksForGoods(partner.End)
            || (PreviousSentenceOpener() ?? HeadlineCompany()) is not { } subject || partner.Members.Contains(subject))
        {
            return;
        }

        foreach (var other in partner.Companies.Where(c => _categoryOf(c.Key) != "investor"))
        {
            _bag.Add(RelTypes.PartnersWith, subject, other, null, StatusOf(_s), null, Evidence);
        }
    }

    /// <summary>
    /// "ستعمل «إس كيه تيليكوم» مع «أوبن إيه آي» على إنشاء مركز بيانات", "كما تعمل الشركة مع «بنك مصر»", "اتفقت X مع Y على
    /// دراسة إنشاء مركز": an Arabic verb of working (or of agreeing on something not bought), its subject, then "مع" and a
    /// company: they work together.
    /// </summary>
    private void ReadWorkingWith()
    {
        if (_doc.Language != "ar")
        {
            return;
        }

        for (var k = _s.TokenStart; k < _s.TokenEnd - 2; k++)
        {
            var verb = _doc.Tokens[k].Norm.TrimStart('و', 'ف', 'ك');
            var agree = verb is "اتفقت" or "اتفق" or "اتفقتا" or "اتفقا";
            if (!agree && verb is not ("تعمل" or "يعمل" or "ستعمل" or "سيعمل" or "تعملان" or "يعملان") || IsNegator(Math.Max(_s.TokenStart, k - 1)))
            {
                continue;
            }

            var j = k + 1;
            DocEntity? subject = null;
            if (_s.GroupAfter(j, 4) is { Prepositional: false } named && named.Companies.Count() == 1)
            {
                subject = named.Companies.First();
                j = named.End;
            }
            else if (_s.CueAt(j) is { } reference && reference.Start == j && reference.Is("topic-ref") && _doc.Tokens[j].Norm is not ("its" or "it"))
            {
                subject = _s.Topic ?? _topic;
                j = reference.End;
            }

            while (j < _s.TokenEnd && !_doc.Tokens[j].IsWord && _doc.Tokens[j].Norm is "»" or "\"")
            {
                j++;
            }

            // "اتفقت «إس كيه تيليكوم»، ذراع الاتصالات في المجموعة، مع OpenAI": over the subject's description.
            if (j < _s.TokenEnd && _doc.Tokens[j].Norm == "،"
                && Enumerable.Range(j + 1, Math.Max(0, Math.Min(_s.TokenEnd, j + 9) - j - 1)).FirstOrDefault(c => _doc.Tokens[c].Norm == "،", -1) is var close && close > 0
                && !_s.Groups.Any(g => g.Start > j && g.Start < close) && !Enumerable.Range(j + 1, close - j - 1).Any(_s.IsRelationCue))
            {
                j = close + 1;
            }

            // (An agreement on the party's supplying or building is a purchase: ReadAgreedWith.)
            if (subject is null || j >= _s.TokenEnd || _doc.Tokens[j].Norm != "مع" || _s.GroupAfter(j + 1, 4) is not { } partner || agree && _purposeParties.Contains(partner))
            {
                continue;
            }

            // "اتفقت X مع Y على دراسة إنشاء مركز": agreeing on work together, not on a purchase, a service or an investment
            // ("على شراء", "على استضافة نماذجها").
            var on = partner.End + (partner.End < _s.TokenEnd && _doc.Tokens[partner.End].IsWord ? 0 : 1);
            if (agree && (on + 1 >= _s.TokenEnd || _doc.Tokens[on].Norm != "علي" || _doc.Tokens[on + 1].Norm is "استضافه" or "تزويد" or "توريد" or "تاجير" or "استئجار"
                || _s.Cues.Any(c => c.IsAny("buy", "supply", "invest", "acquire", "deal", "fundraise") && c.Start > partner.End && c.Start - partner.End <= 4)))
            {
                continue;
            }

            foreach (var other in partner.Companies.Where(c => c != subject))
            {
                _bag.Add(RelTypes.PartnersWith, subject, other, null, StatusOf(_s), null, Evidence);
            }
        }
    }

    // "with Chennai start-up Tamarind Labs", "with US private equity firm Energy Capital Partners": a name after a few
    // English words that describe it.
    private MentionGroup? DescribedNameAfter(int from)
    {
        for (var k = from; k < _s.TokenEnd && k < from + 6; k++)
        {
            if (_s.GroupAt(k) is { } named)
            {
                return k > from && named.Companies.Any() ? named : null;
            }

            var t = _doc.Tokens[k];
            if (!t.IsWord && t.Norm != "-" || t.Kind != Text.TokenKind.Latin && t.Norm != "-" || _s.IsRelationCue(k)
                || t.Norm is "of" or "for" or "to" or "in" or "on" or "by" or "at" or "from" or "which" or "that" or "who" or "and" or "its" or "their" or "over" or "about")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Saab and Helsing have been working together", "Nvidia and Reliance announced a plan to build AI infrastructure in
    /// India together": two companies doing something together are partners.
    /// </summary>
    private void ReadTogether()
    {
        for (var k = _s.TokenStart; k < _s.TokenEnd; k++)
        {
            // (Not "الشركتان ... معاً": which two companies the pair names is too often misread.)
            if (_doc.Tokens[k].Norm is not ("together" or "jointly"))
            {
                continue;
            }

            // The pair: the last group before, with nothing but words of its own clause between.
            var pair = _s.Groups.LastOrDefault(g => g.End <= k && !g.Prepositional);
            List<DocEntity>? members = pair is not null && pair.Companies.Count() == 2 && !_s.Groups.Any(g => g.Start >= pair.End && g.End <= k)
                && !Enumerable.Range(pair.End, k - pair.End).Any(j => _doc.Tokens[j].Norm is "," or "،" or ";" or "؛" || _s.IsClauseBreakWord(j))
                ? [.. pair.Companies] : null;
            if (members is { Count: 2 })
            {
                _bag.Add(RelTypes.PartnersWith, members[0], members[1], null, StatusOf(_s), null, Evidence);
            }
        }
    }
}
