using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Deals from relations: every investment and purchase, and every partnership with a stated amount. The key is
/// the same in every document that reports the same deal: type, parties and amount (to a tenth of its order).
/// </summary>
internal static class DealBuilder
{
    public static List<ExtractedDeal> Build(IEnumerable<ExtractedRelation> relations)
    {
        var deals = new Dictionary<string, ExtractedDeal>(StringComparer.Ordinal);
        foreach (var r in relations)
        {
            var (type, fromRole, toRole) = r.Type switch
            {
                RelTypes.InvestsIn => (DealTypes.Investment, PartyRoles.Investor, PartyRoles.Investee),
                RelTypes.BuysFrom => (DealTypes.Purchase, PartyRoles.Buyer, PartyRoles.Supplier),
                RelTypes.PartnersWith when r.AmountUsd is not null => (DealTypes.Partnership, PartyRoles.Partner, PartyRoles.Partner),
                _ => (null, null, null),
            };
            if (type is null || fromRole is null || toRole is null)
            {
                continue;
            }

            var key = Keys.Slug($"{type} {r.From} {r.To} {Bucket(r.AmountUsd)}");
            if (deals.ContainsKey(key))
            {
                continue;
            }

            var amount = r.AmountText is null ? "" : $" ({r.AmountText})";
            deals[key] = new ExtractedDeal(key, type, r.AmountUsd, r.AmountText, r.Status ?? DealStatuses.Reported,
                $"{type}: {r.From} → {r.To}{amount}", [new DealParty(r.From, fromRole), new DealParty(r.To, toRole)], r.Evidence);
        }

        return [.. deals.Values];
    }

    private static string Bucket(double? amount)
    {
        if (amount is null or <= 0)
        {
            return "undisclosed";
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(amount.Value)) - 1);
        return $"{Math.Round(amount.Value / magnitude) * magnitude / 1e6:0.#}m";
    }
}
