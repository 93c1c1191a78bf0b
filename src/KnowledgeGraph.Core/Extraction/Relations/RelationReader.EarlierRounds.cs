using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    /// <summary>
    /// "صندوق X، الذي قاد جولتها الأولى"، "وكان X قد قاد جولة التمويل الأولى للشركة", "Y, which led its $60 million Series B",
    /// "Y led the start-up's Series A": a firm that led a round the text calls the company's invests in the company the
    /// sentence is about (or in the company named after "in").
    /// </summary>
    private void ReadLedEarlierRounds()
    {
        for (var k = _s.TokenStart; k + 1 < _s.TokenEnd; k++)
        {
            // ("اللذين قادا جولة": a dual the cue list lacks is the same verb.)
            var verb = _s.Cues.FirstOrDefault(c => c.Start == k) ?? new CueHit(k, k + 1, ["lead-verb"], "");
            if (!IsActiveLeadVerb(k) || IsNegated(verb))
            {
                continue;
            }

            var round = _doc.Language == "ar" ? ArabicReferenceRound(k + 1) : EnglishReferenceRound(k + 1);
            if (round < 0)
            {
                continue;
            }

            var investors = Agents(verb, allowPeople: false);
            // "قادت جولة بقيمة 1.1 مليار ريال في ريمال": the company named after "في" is the round's.
            var investee = _s.ObjectAfter(round + 1, 8, "prep-in")?.Companies.FirstOrDefault(c => !investors.Contains(c)) ?? HolderOfRound(investors) ?? _s.Topic;
            // (A fund the sentence before spoke of is no company whose round was led.)
            if (investee is null || investors.Count == 0 || investors.Contains(investee) || _categoryOf(investee.Key) == "investor")
            {
                continue;
            }

            foreach (var investor in investors)
            {
                _bag.Add(RelTypes.InvestsIn, investor, investee, _money, StatusOf(_s), null, Evidence);
            }
        }
    }

    // "وتحظى «نيلا» بدعم صندوق X، الذي قاد جولتها": the subject before the investor, not a fund itself;
    // "Kestrel's largest shareholder, X, which led its Series B": the possessor of the investor noun opening the sentence.
    private DocEntity? HolderOfRound(List<DocEntity> investors)
    {
        var investorStart = _s.Groups.FirstOrDefault(g => g.Members.Intersect(investors).Any())?.Start ?? -1;
        var first = _s.Groups.FirstOrDefault(g => g.Start < investorStart && !g.Prepositional && g.Companies.Any() && !g.Members.Intersect(investors).Any());
        if (first is null || first.Companies.First() is not { } holder || _categoryOf(holder.Key) == "investor" || FundName().IsMatch(holder.Name + " " + holder.Key))
        {
            return null;
        }

        if (_doc.Language == "ar")
        {
            return holder;
        }

        return IsPossessive(first) && _s.Cues.Any(c => c.Is("investor-noun") && c.Start >= first.End && c.Start - first.End <= 5) ? holder : null;
    }

    // "قاد", "قادت", "قادا" (two funds that led), "led", "co-led": the active verb, not "led by" nor "بقيادة".
    private bool IsActiveLeadVerb(int k)
    {
        var norm = _doc.Tokens[k].Norm;
        if (_doc.Language == "en")
        {
            return norm is "led" or "co-led" && _doc.Tokens[k + 1].Norm is not "by";
        }

        return norm.TrimStart('و', 'ف') is "قاد" or "قادت" or "قادا" or "قادتا";
    }

    // "جولتها الأولى", "جولة التمويل الأولى للشركة", "جولة الشركة التأسيسية", "جولة ... في X": the round token, else -1.
    private int ArabicReferenceRound(int k)
    {
        var norm = _doc.Tokens[k].Norm;
        if (norm is "جولتها" or "جولته")
        {
            return k;
        }

        if (norm is not "جوله")
        {
            return -1;
        }

        for (var j = k + 1; j < _s.TokenEnd && j <= k + 4; j++)
        {
            var t = _doc.Tokens[j].Norm;
            if (t is "للشركه" or "الشركه")
            {
                return k;
            }

            if (!_doc.Tokens[j].IsWord || _s.GroupAt(j) is not null || t is not ("التمويل" or "تمويل" or "التمويليه" or "تمويليه" or "الاولي" or "الاوليه" or "التاسيسيه" or "الثانيه" or "الاستثمار"))
            {
                break;
            }
        }

        // "التي قادت جولة بقيمة ... في ريمال": the round's company named after "في".
        return _s.ObjectAfter(k + 1, 8, "prep-in") is { } named && named.Companies.Any() ? k : -1;
    }

    // "its $60 million Series B", "the company's first round", "the start-up's seed round": the round word, else -1.
    private int EnglishReferenceRound(int k)
    {
        var from = k;
        if (_doc.Tokens[k].Norm == "its")
        {
            from = k + 1;
        }
        else if (_doc.Tokens[k].Norm == "the" && k + 3 < _s.TokenEnd && _doc.Tokens[k + 1].Norm is "company" or "startup" or "start-up" or "firm" or "group"
            && _doc.Tokens[k + 2].Norm is "'" or "’" && _doc.Tokens[k + 3].Norm == "s")
        {
            from = k + 4;
        }
        else
        {
            return -1;
        }

        for (var j = from; j < _s.TokenEnd && j <= from + 6; j++)
        {
            var t = _doc.Tokens[j];
            if (t.Norm is "round" or "series" or "seed" or "funding")
            {
                return j;
            }

            if (_s.GroupAt(j) is not null || t.Norm is "." or "," or ";" || t.IsWord && t.Kind == Text.TokenKind.Latin && _s.IsRelationCue(j))
            {
                return -1;
            }
        }

        return -1;
    }
}
