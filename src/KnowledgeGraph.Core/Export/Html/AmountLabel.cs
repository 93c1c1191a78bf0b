using System.Globalization;

namespace KnowledgeGraph.Export.Html;

/// <summary>Short dollar amounts for edge labels: 1e11 → "$100bn", 1.5e9 → "$1.5bn", 2.5e8 → "$250m".</summary>
internal static class AmountLabel
{
    public static string? Format(double? usd)
    {
        if (usd is not { } v || double.IsNaN(v) || double.IsInfinity(v))
        {
            return null;
        }

        var abs = Math.Abs(v);
        var (scaled, suffix) = abs switch
        {
            >= 1e12 => (v / 1e12, "tn"),
            >= 1e9 => (v / 1e9, "bn"),
            >= 1e6 => (v / 1e6, "m"),
            >= 1e3 => (v / 1e3, "k"),
            _ => (v, ""),
        };

        // One decimal at most, and none when it would be ".0": "$1.5bn", "$100bn".
        var digits = Math.Abs(scaled) >= 100 ? 0 : 1;
        var rounded = Math.Round(scaled, digits, MidpointRounding.AwayFromZero);
        var text = rounded.ToString(rounded == Math.Floor(rounded) ? "0" : "0.#", CultureInfo.InvariantCulture);
        return (v < 0 ? "-$" + text.TrimStart('-') : "$" + text) + suffix;
    }
}
