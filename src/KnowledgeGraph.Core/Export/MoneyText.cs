using System.Globalization;

namespace KnowledgeGraph.Export;

/// <summary>Short readable US-dollar amounts for reports: $100 bn, $1.4 tn, $250 m.</summary>
public static class MoneyText
{
    public static string Format(double? amountUsd)
    {
        if (amountUsd is not { } v)
        {
            return "amount not stated";
        }

        var (scaled, unit) = Math.Abs(v) switch
        {
            >= 1e12 => (v / 1e12, " tn"),
            >= 1e9 => (v / 1e9, " bn"),
            >= 1e6 => (v / 1e6, " m"),
            _ => (v, ""),
        };
        return "$" + scaled.ToString(scaled >= 100 || unit.Length == 0 ? "#,0" : "0.##", CultureInfo.InvariantCulture) + unit;
    }
}
