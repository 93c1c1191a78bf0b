using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Options;

/// <summary>Turns option failures into one clear line per setting, whichever validator produced them.</summary>
internal static partial class OptionsErrors
{
    public static string Line(string section, string member, string message, string got)
    {
        message = message.Trim().TrimEnd('.');
        if (message.StartsWith($"{section}:{member} ", StringComparison.Ordinal))
        {
            message = message[$"{section}:{member} ".Length..];
        }

        var prefix = $"The field {member} ";
        if (message.StartsWith(prefix, StringComparison.Ordinal))
        {
            message = message[prefix.Length..];
        }
        else if (message.StartsWith($"The {member} field ", StringComparison.Ordinal))
        {
            message = message[$"The {member} field ".Length..];
        }

        return $"{section}:{member} {message} (got {got})";
    }

    /// <summary>
    /// The lines for <paramref name="ex"/>. Failures of the stock data-annotation validator
    /// ("DataAnnotation validation failed for 'Neo4jOptions' members: 'BatchSize' with the error: '...'")
    /// are rewritten with the setting's name and configured value; others pass as they are.
    /// </summary>
    public static IReadOnlyList<string> Lines(OptionsValidationException ex, IConfiguration configuration)
    {
        var lines = new List<string>();
        foreach (var failure in ex.Failures)
        {
            var m = StockFailure().Match(failure);
            if (!m.Success)
            {
                lines.Add(failure);
                continue;
            }

            var type = m.Groups["type"].Value;
            var section = type.EndsWith("Options", StringComparison.Ordinal) ? type[..^"Options".Length] : type;
            foreach (var member in m.Groups["members"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var value = configuration[$"{section}:{member}"];
                lines.Add(Line(section, member, m.Groups["message"].Value, Show(value)));
            }
        }

        return [.. lines.Distinct(StringComparer.Ordinal)];
    }

    private static string Show(string? value) =>
        value is null ? "nothing"
        : double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? value
        : $"\"{value}\"";

    [GeneratedRegex(@"^DataAnnotation validation failed for '(?<type>[^']+)' members: '(?<members>[^']*)' with the error: '(?<message>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex StockFailure();
}
