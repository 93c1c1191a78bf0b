using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Reads amounts of money in Arabic and English: "6.6 مليارات دولار", "نصف تريليون دولار", "ملياري دولار",
/// "$10 billion", "10bn", "$1.5tn", "€2bn". Vague amounts ("عشرات المليارات") keep their text with a null value.
/// Other currencies are converted at fixed, approximate rates (see <see cref="UsdPer"/>).
/// </summary>
internal static partial class MoneyReader
{
    /// <summary>Approximate US dollars per unit, fixed so that runs are repeatable.</summary>
    private static readonly Dictionary<string, double> UsdPer = new(StringComparer.Ordinal)
    {
        ["usd"] = 1, ["eur"] = 1.08, ["gbp"] = 1.27, ["sar"] = 0.2667, ["aed"] = 0.2723, ["qar"] = 0.2747, ["egp"] = 0.02, ["kwd"] = 3.25, ["jpy"] = 0.0067, ["cny"] = 0.14,
    };

    /// <summary>Arabic number words before a scale: "ثلاثين مليار دولار", "مئة مليار دولار".</summary>
    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        ["واحد"] = 1, ["اثنين"] = 2, ["اثنان"] = 2, ["ثلاثة"] = 3, ["ثلاث"] = 3, ["أربعة"] = 4, ["أربع"] = 4, ["خمسة"] = 5, ["خمس"] = 5, ["ستة"] = 6, ["ست"] = 6, ["سبعة"] = 7, ["سبع"] = 7, ["ثمانية"] = 8, ["ثماني"] = 8, ["تسعة"] = 9, ["تسع"] = 9, ["عشرة"] = 10, ["عشر"] = 10, ["عشرين"] = 20, ["عشرون"] = 20, ["ثلاثين"] = 30, ["ثلاثون"] = 30, ["أربعين"] = 40, ["أربعون"] = 40, ["خمسين"] = 50, ["خمسون"] = 50, ["ستين"] = 60, ["ستون"] = 60, ["سبعين"] = 70, ["سبعون"] = 70, ["ثمانين"] = 80, ["ثمانون"] = 80, ["تسعين"] = 90, ["تسعون"] = 90, ["مئة"] = 100, ["مائة"] = 100, ["مئتي"] = 200, ["مائتي"] = 200, ["مئتين"] = 200, ["ثلاثمئة"] = 300, ["ثلاثمائة"] = 300, ["أربعمئة"] = 400, ["أربعمائة"] = 400, ["خمسمئة"] = 500, ["خمسمائة"] = 500, ["ستمئة"] = 600, ["ستمائة"] = 600, ["سبعمئة"] = 700, ["سبعمائة"] = 700, ["ثمانمئة"] = 800, ["ثمانمائة"] = 800, ["تسعمئة"] = 900, ["تسعمائة"] = 900,
    };

    // Every currency of ArabicAmount contains one of these; every match of ArabicVague one of those (\d in LatinAmount
    // is any Unicode digit, as char.IsDigit).
    private static readonly string[] ArabicCurrencyStems = ["دولار", "يورو", "ريال", "دراهم", "درهم", "جنيه", "دينار"];
    private static readonly string[] ArabicVagueStems = ["مليارات", "ملايين", "تريليونات"];

    private static IEnumerable<Match> MatchesIf(bool possible, Regex pattern, string text) => possible ? pattern.Matches(text) : [];

    public static List<Money> Read(string text)
    {
        var found = new List<Money>();
        // Each pattern needs a word or a digit that most sentences lack: look for that first, since the patterns may
        // start at almost any letter or space and are slow to try everywhere.
        var arabicCurrency = ArabicCurrencyStems.Any(c => text.Contains(c, StringComparison.Ordinal));
        foreach (var m in MatchesIf(arabicCurrency, ArabicAmount(), text))
        {
            var scale = ArabicScale(m.Groups["scale"].Value);
            var plural = m.Groups["scale"].Value is "تريليونات" or "مليارات" or "بليونات" or "ملايين" or "آلاف";
            if (plural && !m.Groups["num"].Success && !m.Groups["nword"].Success)
            {
                found.Add(new Money(m.Index, m.Index + m.Length, null, m.Value.Trim())); // "مليارات الدولارات": vague
                continue;
            }

            var number = m.Groups["num"].Success ? ParseNumber(m.Groups["num"].Value)
                : m.Groups["frac"].Success ? Fraction(m.Groups["frac"].Value)
                : m.Groups["nword"].Success ? NumberWords[m.Groups["nword"].Value]
                : m.Groups["scale"].Value.EndsWith('ي') ? 2 : 1;
            var currency = ArabicCurrency(m.Groups["cur"].Value);
            found.Add(new Money(m.Index, m.Index + m.Length, currency is null ? null : number * scale * UsdPer[currency], m.Value.Trim()));
        }

        var arabicPlural = ArabicVagueStems.Any(c => text.Contains(c, StringComparison.Ordinal));
        foreach (var m in MatchesIf(arabicPlural, ArabicVague(), text))
        {
            if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                found.Add(new Money(m.Index, m.Index + m.Length, null, m.Value.Trim()));
            }
        }

        foreach (var m in MatchesIf(text.Any(char.IsDigit), LatinAmount(), text))
        {
            var symbol = m.Groups["sym"].Value;
            var word = m.Groups["word"].Value.ToLowerInvariant();
            var currency = symbol switch
            {
                "$" or "US$" => "usd",
                "€" => "eur",
                "£" => "gbp",
                _ => word switch
                {
                    "dollars" or "usd" or "" => "usd",
                    "euros" or "eur" => "eur",
                    "pounds" or "gbp" => "gbp",
                    "riyals" or "sar" => "sar",
                    "dirhams" or "aed" => "aed",
                    _ => "usd",
                },
            };
            var scale = m.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "trillion" or "tn" or "t" => 1e12,
                "billion" or "bn" or "b" => 1e9,
                "million" or "mn" or "m" or "mln" => 1e6,
                _ => 1,
            };
            var scaleWord = m.Groups["scale"].Value;
            if (symbol.Length == 0 && (scale == 1 || scaleWord.Length == 1 || (word.Length == 0 && scaleWord.Length > 3)))
            {
                continue; // "5 million users", "10 billion parameters": not money without a currency.
            }

            found.Add(new Money(m.Index, m.Index + m.Length, ParseNumber(m.Groups["num"].Value) * scale * UsdPer[currency], m.Value.Trim()));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        PreferStatedDollars(text, found);
        return found;
    }

    // "40 مليون يورو، أي ما يعادل 43 مليون دولار", "€20m (about $21.6m)": the dollar figure the text states beats our fixed rate.
    private static void PreferStatedDollars(string text, List<Money> found)
    {
        for (var i = 0; i + 1 < found.Count; i++)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (a.AmountUsd is null || b.AmountUsd is null || IsDollars(a.Text) || !IsDollars(b.Text) || b.Start - a.End > 30)
            {
                continue;
            }

            var between = text[a.End..b.Start];
            if (between.Contains("أي", StringComparison.Ordinal) || between.Contains("يعادل", StringComparison.Ordinal) || between.Contains("نحو", StringComparison.Ordinal)
                || between.Contains('(') || between.Contains("about", StringComparison.OrdinalIgnoreCase) || between.Contains("or ", StringComparison.Ordinal))
            {
                found[i] = a with { AmountUsd = b.AmountUsd };
            }
        }
    }

    private static bool IsDollars(string amount) =>
        amount.Contains('$') || amount.Contains("دولار", StringComparison.Ordinal) || amount.Contains("dollar", StringComparison.OrdinalIgnoreCase) || amount.Contains("USD", StringComparison.Ordinal);

    private static double ParseNumber(string s)
    {
        // "1,000" is a thousand; "1,5" (European) is one and a half.
        if (s.Contains(',') && !s.Contains('.'))
        {
            s = MyRegex().IsMatch(s) ? s.Replace(",", "") : s.Replace(',', '.');
        }
        else
        {
            s = s.Replace(",", "");
        }

        return double.Parse(s, CultureInfo.InvariantCulture);
    }

    private static double Fraction(string word) => word switch
    {
        "نصف" => 0.5,
        "ربع" => 0.25,
        "ثلث" => 1.0 / 3,
        "ثلاثة أرباع" => 0.75,
        _ => 1,
    };

    private static double ArabicScale(string scale) => scale switch
    {
        _ when scale.StartsWith("تريليون", StringComparison.Ordinal) => 1e12,
        _ when scale.StartsWith("مليار", StringComparison.Ordinal) || scale.StartsWith("بليون", StringComparison.Ordinal) => 1e9,
        _ when scale.StartsWith("مليون", StringComparison.Ordinal) || scale.StartsWith("ملايين", StringComparison.Ordinal) => 1e6,
        _ when scale.StartsWith("أل", StringComparison.Ordinal) || scale.StartsWith("آلاف", StringComparison.Ordinal) || scale.StartsWith("الف", StringComparison.Ordinal) => 1e3,
        _ => 1,
    };

    private static string? ArabicCurrency(string cur) => cur switch
    {
        _ when cur.Contains("دولار", StringComparison.Ordinal) => "usd",
        _ when cur.Contains("يورو", StringComparison.Ordinal) => "eur",
        _ when cur.Contains("ريال", StringComparison.Ordinal) => "sar",
        _ when cur.Contains("درهم", StringComparison.Ordinal) => "aed",
        _ when cur.Contains("جنيه", StringComparison.Ordinal) => "egp",
        _ when cur.Contains("دينار", StringComparison.Ordinal) => "kwd",
        _ => null,
    };

    [GeneratedRegex(@"(?:(?<num>\d+(?:[.,]\d+)*)\s*|(?<frac>نصف|ربع|ثلث|ثلاثة أرباع)\s+|(?<nword>ثلاثمائة|أربعمائة|ثمانمائة|ثلاثمئة|أربعمئة|خمسمائة|سبعمائة|ثمانمئة|تسعمائة|ثمانية|ثلاثين|ثلاثون|أربعين|أربعون|ثمانين|ثمانون|خمسمئة|ستمائة|سبعمئة|تسعمئة|اثنين|اثنان|ثلاثة|أربعة|ثماني|عشرين|عشرون|خمسين|خمسون|سبعين|سبعون|تسعين|تسعون|مائتي|مئتين|ستمئة|واحد|ثلاث|أربع|خمسة|سبعة|تسعة|عشرة|ستين|ستون|مائة|مئتي|خمس|ستة|سبع|تسع|عشر|مئة|ست)\s+)?(?<scale>تريليونات|تريليوني|تريليون|مليارات|ملياري|مليار|بليونات|بليون|ملايين|مليوني|مليون|آلاف|ألف|الف)\s+(?:من\s+)?(?<cur>(?:ال)?دولارات|(?:ال)?دولار|دولارا|(?:ال)?يورو|ريالات|ريال|دراهم|درهم|جنيهات|جنيه|دينار)")]
    private static partial Regex ArabicAmount();

    [GeneratedRegex(@"(?:عشرات|مئات|آلاف)\s+(?:من\s+)?(?:ال)?(?:مليارات|ملايين|المليارات|الملايين|تريليونات)(?:\s+(?:من\s+)?(?:ال)?دولارات)?|(?:مليارات|تريليونات|ملايين)\s+(?:من\s+)?(?:ال)?دولارات")]
    private static partial Regex ArabicVague();

    [GeneratedRegex(@"(?<sym>US\$|\$|€|£)?\s?(?<num>\d+(?:[.,]\d+)*)\s?(?<scale>trillion|billion|million|mln|bn|tn|mn|[btm])\b(?:\s+(?<word>dollars|euros|pounds|riyals|dirhams|usd|eur|gbp|sar|aed))?|(?<sym>US\$|\$|€|£)\s?(?<num>\d+(?:[.,]\d+)*)", RegexOptions.IgnoreCase)]
    private static partial Regex LatinAmount();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+$")]
    private static partial Regex MyRegex();
}
