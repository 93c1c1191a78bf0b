namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// First names in Arabic script and Latin (<c>data/lexicon/first-names.yaml</c>: entries <c>{en, ar: [...], ambiguous, ambiguousLatin}</c>),
/// used to recognise people the gazetteer lacks. Ambiguous names (also ordinary words) need a person cue.
/// </summary>
public sealed class FirstNames
{
    private readonly Dictionary<string, bool> _ambiguousByNorm = new(StringComparer.Ordinal);

    public static FirstNames Empty { get; } = new();

    /// <summary>True when the normalised word is a first name; <paramref name="ambiguous"/> says whether it is also a common word.</summary>
    public bool Contains(string norm, out bool ambiguous) => _ambiguousByNorm.TryGetValue(norm, out ambiguous);

    public static FirstNames LoadDefault()
    {
        var path = Path.Combine(DataDirectory.Find(), "lexicon", "first-names.yaml");
        return File.Exists(path) ? Load(path) : Empty;
    }

    public static FirstNames Load(string path)
    {
        var names = new FirstNames();
        foreach (var (map, _) in YamlRecords.Read(path))
        {
            // "ambiguous" is about the Arabic spelling (جين is also "gene"); a capitalised Latin "Jane" is a name.
            var ambiguous = YamlRecords.Flag(map, "ambiguous");
            var forms = YamlRecords.List(path, map, "ar").Select(f => (Form: f, Ambiguous: ambiguous))
                .Concat(YamlRecords.List(path, map, "en").Select(f => (Form: f, Ambiguous: YamlRecords.Flag(map, "ambiguousLatin"))));
            foreach (var (form, isAmbiguous) in forms)
            {
                var norm = Text.TextNormalizer.NormalizeWord(form.Trim());
                if (norm.Length >= 2)
                {
                    names._ambiguousByNorm[norm] = isAmbiguous || names._ambiguousByNorm.GetValueOrDefault(norm);
                }
            }
        }

        return names;
    }
}
