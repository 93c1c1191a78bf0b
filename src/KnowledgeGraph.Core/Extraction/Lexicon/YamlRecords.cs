using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>Reads a YAML file that is a list of mappings, keeping line numbers for error messages.</summary>
internal static class YamlRecords
{
    /// <summary>Parses a YAML file; a syntax or read error becomes a <see cref="LexiconFormatException"/> naming the file and line.</summary>
    public static YamlStream Load(string path)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new LexiconFormatException(path, ex.Start.Line, ex.Message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (no position) on a flow list left open: "ar: [a, b" with no "]".
            throw new LexiconFormatException(path, 0, "the YAML could not be parsed: is a [ list or a quote left open?");
        }
        catch (IOException ex)
        {
            throw new LexiconFormatException(path, 0, ex.Message);
        }

        return stream;
    }

    public static IEnumerable<(YamlMappingNode Node, long Line)> Read(string path)
    {
        var stream = Load(path);

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            yield break;
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            throw new LexiconFormatException(path, stream.Documents[0].RootNode.Start.Line, "expected a list of entries");
        }

        foreach (var item in list)
        {
            if (item is not YamlMappingNode map)
            {
                throw new LexiconFormatException(path, item.Start.Line, "expected an entry (a mapping with name: ...)");
            }

            yield return (map, item.Start.Line);
        }
    }

    public static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    public static bool Flag(YamlMappingNode map, string key) =>
        Scalar(map, key) is { } v && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "yes");

    public static List<string> List(string path, YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var v))
        {
            return [];
        }

        return v switch
        {
            YamlSequenceNode seq => [.. seq.Select(n => n is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)
                ? s.Value!.Trim()
                : throw new LexiconFormatException(path, n.Start.Line, $"'{key}' must be a list of strings"))],
            YamlScalarNode { Value: { Length: > 0 } s } when !s.Equals("true", StringComparison.OrdinalIgnoreCase) && !s.Equals("false", StringComparison.OrdinalIgnoreCase) => [s.Trim()],
            YamlScalarNode => [],
            _ => throw new LexiconFormatException(path, v.Start.Line, $"'{key}' must be a list of strings"),
        };
    }
}
