using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

internal sealed partial class RelationReader
{
    private static readonly string[] SaleVerbs = ["باع", "باعت", "يبيع", "تبيع", "سيبيع", "ستبيع", "sold", "sells", "sell", "selling"];

    /// <summary>
    /// "باع صندوق X جزءاً من حصته إلى Y", "X sold part of its stake in Z to Y": in a secondary sale the buyer takes a share of
    /// the company (the one named after "في"/"in", else the company the sentence is about), and a seller of part keeps one.
    /// </summary>
    private void ReadStakeSales()
    {
        for (var k = _s.TokenStart; k < _s.TokenEnd; k++)
        {
            if (!SaleVerbs.Contains(_doc.Tokens[k].Norm.TrimStart('و', 'ف')))
            {
                continue;
            }

            var (stake, own) = StakeAfterSale(k + 1);
            if (stake < 0)
            {
                continue;
            }

            var to = Enumerable.Range(stake + 1, Math.Max(0, Math.Min(_s.TokenEnd, stake + 10) - stake - 1))
                .FirstOrDefault(j => _doc.Tokens[j].Norm is "الي" or "الى" or "إلى" or "to", -1);
            if (to < 0 || (_s.GroupAfter(to + 1, 3) ?? (_doc.Language == "en" ? GroupAfterDescription(to + 1) : null)) is not { } buyerGroup || !buyerGroup.Companies.Any())
            {
                continue;
            }

            var verb = _s.Cues.FirstOrDefault(c => c.Start == k) ?? new CueHit(k, k + 1, ["supply"], "");
            var sellers = Agents(verb, allowPeople: false, exclude: buyerGroup.Members);
            var named = _s.ObjectAfter(stake + 1, Math.Max(1, to - stake - 1), "prep-in")?.Companies.FirstOrDefault();
            // (Without "in Z", only the seller's own stake ("its", "حصته") is in the company the text speaks of.)
            var company = named ?? (own ? _s.Topic : null);
            if (company is null || sellers.Contains(company) || buyerGroup.Members.Contains(company) || _categoryOf(company.Key) == "investor")
            {
                continue;
            }

            var status = StatusOf(_s);
            foreach (var buyer in buyerGroup.Companies)
            {
                _bag.Add(RelTypes.InvestsIn, buyer, company, null, status, null, Evidence);
            }

            // (A seller of only part of its stake still holds the rest; one that sold it all holds nothing now.)
            var partial = Enumerable.Range(Math.Max(_s.TokenStart, stake - 3), Math.Min(3, stake - _s.TokenStart))
                .Any(j => _doc.Tokens[j].Norm is "part" or "portion" or "some" or "half" or "جزء" or "جزءا" or "ثلث" or "نصف" or "ربع" or "بعض");
            foreach (var seller in partial ? sellers : [])
            {
                _bag.Add(RelTypes.InvestsIn, seller, company, null, null, null, Evidence);
            }
        }
    }

    /// <summary>
    /// "أجرت «X» محادثات مع «Y» للاستحواذ على حصة أقلية فيها", "X held talks with Y about buying a stake in it": the one talked
    /// with would take a share of the one who talks ("فيها", "in it": the talking company).
    /// </summary>
    private void ReadTalksForStake()
    {
        foreach (var talks in _s.Cues.Where(c => c.Is("status-talks")))
        {
            if (_s.ObjectAfter(talks.End, 3, "prep-with") is not { } partner || !partner.Companies.Any()
                || _s.Cues.FirstOrDefault(c => c.Is("acquire") && c.Start >= partner.End && c.Start - partner.End <= 3) is not { } acquire)
            {
                continue;
            }

            var stake = Enumerable.Range(acquire.Start, Math.Max(0, Math.Min(_s.TokenEnd, acquire.End + 4) - acquire.Start))
                .FirstOrDefault(k => ArabicAffixes.AffixVariants(_doc.Tokens[k].Norm).Any(v => v is "حصه") || _doc.Tokens[k].Norm is "stake", -1);
            var inIt = stake < 0 ? -1 : Enumerable.Range(stake + 1, Math.Max(0, Math.Min(_s.TokenEnd, stake + 6) - stake - 1))
                .FirstOrDefault(k => _doc.Tokens[k].Norm is "فيها" or "فيه" || _doc.Tokens[k].Norm == "in" && k + 1 < _s.TokenEnd && _doc.Tokens[k + 1].Norm == "it", -1);
            if (inIt < 0 || IsNegated(talks)
                || (Agents(talks, allowPeople: false, exclude: [.. partner.Companies]).FirstOrDefault() ?? _s.Topic) is not { } subject || partner.Members.Contains(subject))
            {
                continue;
            }

            foreach (var investor in partner.Companies)
            {
                _bag.Add(RelTypes.InvestsIn, investor, subject, null, StatusOf(_s), null, Evidence);
            }
        }
    }

    // The stake word a few words after the verb ("جزءاً من حصته", "part of its stake", "its remaining stake in Z") and whether
    // it is the seller's own ("its", "ـه", "ـها").
    private (int Stake, bool Own) StakeAfterSale(int from)
    {
        // (An Arabic verb comes first: its subject, and a description of it, stand before the stake.)
        var arabic = _doc.Language == "ar";
        for (var j = from; j < _s.TokenEnd && j < from + (arabic ? 24 : 7); j++)
        {
            var norm = _doc.Tokens[j].Norm;
            if (arabic && ArabicAffixes.AffixVariants(norm).Any(v => v is "حصته" or "حصتها" or "حصه"))
            {
                return (j, norm.EndsWith("ته", StringComparison.Ordinal) || norm.EndsWith("تها", StringComparison.Ordinal));
            }

            if (!arabic && norm is "stake" or "holding" or "shareholding")
            {
                return (j, j > from && _doc.Tokens[j - 1].Norm is "its" or "their" || j > from + 1 && _doc.Tokens[j - 2].Norm is "its" or "their");
            }

            if (!arabic && _s.GroupAt(j) is not null || norm is "." or ";" or "؛" || SaleVerbs.Contains(norm.TrimStart('و', 'ف')))
            {
                break;
            }
        }

        return (-1, false);
    }
}
