using KnowledgeGraph.Text;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// Cue words by category (<c>data/lexicon/cues.yaml</c>): a mapping from category name to a list of words and
/// phrases. A phrase may belong to several categories.
/// </summary>
public sealed class CueLexicon
{
    private readonly PhraseTrie<string> _trie = new();
    private readonly Dictionary<string, HashSet<string>> _categories = new(StringComparer.Ordinal);

    // Every one-word cue of any category: "is this word a cue at all" in one look-up, not one per category.
    private readonly HashSet<string> _anyWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _roleWord = new(StringComparer.Ordinal);

    internal PhraseTrie<string> Trie => _trie;

    public IReadOnlyCollection<string> Categories => _categories.Keys;

    /// <summary>Whether one normalised word is, by itself, a cue of <paramref name="category"/>.</summary>
    public bool IsWord(string category, string norm) => _categories.TryGetValue(category, out var set) && set.Contains(norm);

    /// <summary>Whether one normalised word is, by itself, a cue of any category.</summary>
    public bool IsAnyWord(string norm) => _anyWord.Contains(norm);

    /// <summary>Whether one normalised word is, by itself, a cue of a <c>role-</c> category.</summary>
    public bool IsRoleWord(string norm) => _roleWord.Contains(norm);

    public static CueLexicon LoadDefault() => Load(Path.Combine(DataDirectory.Find(), "lexicon", "cues.yaml"));

    public static CueLexicon Load(string path)
    {
        var lexicon = new CueLexicon();
        var stream = YamlRecords.Load(path);

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new LexiconFormatException(path, 1, "expected a mapping of category: [words]");
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var category = ((YamlScalarNode)keyNode).Value ?? "";
            if (valueNode is not YamlSequenceNode list)
            {
                throw new LexiconFormatException(path, valueNode.Start.Line, $"'{category}' must be a list of words");
            }

            var words = lexicon._categories.TryGetValue(category, out var existing) ? existing : lexicon._categories[category] = new(StringComparer.Ordinal);
            foreach (var item in list)
            {
                if (item is not YamlScalarNode { Value: { Length: > 0 } phrase })
                {
                    throw new LexiconFormatException(path, item.Start.Line, $"'{category}' must be a list of words");
                }

                var norms = Tokenizer.Tokenize(phrase).Where(t => t.IsWord).Select(t => t.Norm).ToList();
                if (norms.Count == 0)
                {
                    throw new LexiconFormatException(path, item.Start.Line, $"'{phrase}' has no word in it");
                }

                lexicon._trie.Add(norms, category);
                if (norms.Count == 1)
                {
                    words.Add(norms[0]);
                    lexicon._anyWord.Add(norms[0]);
                    if (category.StartsWith("role-", StringComparison.Ordinal))
                    {
                        lexicon._roleWord.Add(norms[0]);
                    }
                }
            }
        }

        return lexicon;
    }
}
