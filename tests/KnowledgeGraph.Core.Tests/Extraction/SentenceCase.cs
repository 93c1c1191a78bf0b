using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Core.Tests.Sentences;

/// <summary>One case of sentences.yaml: a text and exactly what must be read from it.</summary>
public sealed record SentenceCase(string Id, string Text, IReadOnlyList<string> Entities, IReadOnlyList<ExpectedRelation> Relations)
{
    private static readonly Lazy<Dictionary<string, SentenceCase>> All = new(Load);

    public static IEnumerable<object[]> Ids => All.Value.Keys.Select(id => new object[] { id });

    public static SentenceCase Get(string id) => All.Value[id];

    private static Dictionary<string, SentenceCase> Load()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Extraction", "sentences.yaml")))
        {
            stream.Load(reader);
        }

        var cases = new Dictionary<string, SentenceCase>(StringComparer.Ordinal);
        foreach (YamlMappingNode item in (YamlSequenceNode)stream.Documents[0].RootNode)
        {
            var id = Scalar(item, "id")!;
            var entities = ((YamlSequenceNode)item.Children[new YamlScalarNode("entities")]).Select(n => ((YamlScalarNode)n).Value!).ToList();
            var relations = new List<ExpectedRelation>();
            foreach (YamlMappingNode r in (YamlSequenceNode)item.Children[new YamlScalarNode("relations")])
            {
                var rel = Scalar(r, "rel")!;
                var parts = rel.Contains('|') ? rel.Split('|') : rel.Split(' ', 3);
                var hasAmount = r.Children.ContainsKey(new YamlScalarNode("amount"));
                var amount = Scalar(r, "amount");
                relations.Add(new ExpectedRelation(parts[0], parts[1], parts[2], hasAmount,
                    amount is null or "null" or "~" ? null : double.Parse(amount, System.Globalization.CultureInfo.InvariantCulture),
                    Scalar(r, "status"), Scalar(r, "role")));
            }

            cases[id] = new SentenceCase(id, Scalar(item, "text")!, entities, relations);
        }

        return cases;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
}

/// <summary>A relation a case expects; amount, status and role are checked only when the case states them.</summary>
public sealed record ExpectedRelation(string Type, string From, string To, bool ChecksAmount, double? AmountUsd, string? Status, string? Role);
