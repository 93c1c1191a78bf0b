using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Options;

/// <summary>
/// Data-annotation validation whose failures read as one line per setting, naming it as it is configured:
/// <c>Worker:RescanSeconds must be between 0.05 and 86400 seconds (got -1)</c>.
/// </summary>
internal sealed class SectionValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r =>
        {
            var member = r.MemberNames.FirstOrDefault() ?? "";
            var value = typeof(TOptions).GetProperty(member)?.GetValue(options);
            return OptionsErrors.Line(section, member, r.ErrorMessage ?? "is not valid", Show(value));
        }));
    }

    internal static string Show(object? value) => value switch
    {
        null => "nothing",
        string s => $"\"{s}\"",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
