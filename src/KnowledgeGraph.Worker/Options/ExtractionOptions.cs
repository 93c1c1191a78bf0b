using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Worker.Options;

/// <summary>Settings of the extraction (section <c>Extraction</c>).</summary>
internal sealed class ExtractionOptions : IValidatableObject
{
    public const string Section = "Extraction";

    /// <summary>User gazetteer files added to the shipped one, without recompiling. Default none.</summary>
    public List<string> GazetteerFiles { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var file in GazetteerFiles.Where(f => !File.Exists(f)))
        {
            yield return new ValidationResult($"names a file that does not exist: {file}", [nameof(GazetteerFiles)]);
        }
    }
}
