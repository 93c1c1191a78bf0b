using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Bidders beaten to an award: "X beat Y and Z to the award", "تفوقت X على عرضين منافسين تقدمت بهما Y وZ".</summary>
internal sealed partial class RelationReader
{
    // To beat or outdo is a contest only where something is tendered ("We are not trying to beat Nvidia at training" names no
    // deal; "طلبات تفوق السعة" is "exceed").
    private static readonly string[] TenderWords =
    [
        "tender", "tenders", "award", "contract", "contracts", "bid", "bids", "bidders", "deal", "order",
        "مناقصه", "المناقصه", "مناقصات", "الاظرفه", "عرضين", "عروض", "عرضا", "الترسيه", "الصفقه", "صفقه", "العقد",
    ];

    private void ReadOutbid(CueHit hit)
    {
        if (!Enumerable.Range(_s.TokenStart, _s.TokenEnd - _s.TokenStart).Any(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => TenderWords.Contains(v))))
        {
            return;
        }

        // Arabic "تفوّق على": the beaten follow "على", past the winner and "في المناقصة" or "حسب نتائج فتح الأظرفة".
        var from = hit.End;
        if (_doc.Language == "ar")
        {
            from = Enumerable.Range(hit.End, Math.Max(0, Math.Min(_s.TokenEnd, hit.End + 10) - hit.End)).FirstOrDefault(k => _doc.Tokens[k].Norm == "علي", -1) + 1;
            if (from <= 0)
            {
                return;
            }
        }

        // "رست الصفقة على «X». وتفوقت الشركة على ...": the company is the winner named last, not the article's subject.
        var winners = _doc.Language == "ar" && _s.CueAt(hit.End) is { } companyRef && companyRef.Start == hit.End && companyRef.Is("topic-ref")
            && _s.CompanySubjectGroupBefore(hit.Start) is null && LastCompanyBefore(hit.Start) is { } named
            ? [named]
            : Agents(hit, allowPeople: false).Where(e => !e.IsPerson).ToList();
        if (winners.Count == 0)
        {
            return;
        }

        // The beaten run to the source ("according to", "بحسب") or the next clause; a consortium's leader bids for it.
        var losers = new List<DocEntity>();
        for (var k = from; k < _s.TokenEnd; k++)
        {
            if (_doc.Tokens[k].Norm is "according" or "said" or "حسب" or "بحسب" or "وفق" or "وفقا" or ";" or "؛" or "which" or "while" or "بينما" || _s.IsClauseBreakWord(k))
            {
                break;
            }

            if (_s.Groups.FirstOrDefault(g => g.Start == k) is { } g)
            {
                losers.AddRange(g.Companies.Where(c => !winners.Contains(c)));
                k = g.End - 1;
            }
        }

        foreach (var winner in winners)
        {
            foreach (var loser in losers.Distinct())
            {
                _bag.Add(RelTypes.CompetesWith, winner, loser, null, null, null, Evidence);
            }
        }
    }

    /// <summary>How many of the <paramref name="window"/> tokens from <paramref name="from"/> stand in round brackets.</summary>
    private int BracketedTokens(int from, int window)
    {
        var depth = 0;
        var count = 0;
        for (var k = from; k < _s.TokenEnd && k < from + window; k++)
        {
            var norm = _doc.Tokens[k].Norm;
            depth += norm == "(" ? 1 : norm == ")" && depth > 0 ? -1 : 0;
            if (depth > 0 || norm == ")")
            {
                count++;
            }
        }

        return count;
    }

    // "أرست X الصفقة على تحالف تقوده «Y» و«Z»", "awarded to a consortium led by Y": the consortium's leaders win the award.
    private MentionGroup? ConsortiumLedAfter(int from)
    {
        if (from + 1 >= _s.TokenEnd || !ArabicAffixes.AffixVariants(_doc.Tokens[from].Norm).Any(v => v is "تحالف" or "ائتلاف" or "كونسورتيوم")
            && !(_doc.Tokens[from].Norm is "a" or "the" && _doc.Tokens[from + 1].Norm == "consortium"))
        {
            return null;
        }

        var led = Enumerable.Range(from + 1, Math.Max(0, Math.Min(_s.TokenEnd, from + 5) - from - 1))
            .FirstOrDefault(k => _doc.Tokens[k].Norm is "تقوده" or "يقوده" or "بقياده" or "led", -1);
        return led < 0 ? null : _s.GroupAfter(led + (_doc.Tokens[led].Norm == "led" ? 2 : 1), 3);
    }
}
