namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>A trie over sequences of normalised words: finds the longest known phrase starting at a word.</summary>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var w in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(w, out var next))
            {
                next = new Node();
                node.Children[w] = next;
            }

            node = next;
        }

        node.Values ??= [];
        node.Values.Add(value);
    }

    /// <summary>
    /// The longest phrase whose first word is one of <paramref name="firstForms"/> and whose next words are
    /// <paramref name="rest"/>(1), (2), ... Returns the number of words matched (0: none) and the values there.
    /// </summary>
    public (int Length, List<T>? Values, string? FirstForm) Longest(IEnumerable<string> firstForms, Func<int, string?> rest)
    {
        var best = (0, (List<T>?)null, (string?)null);
        foreach (var first in firstForms)
        {
            if (_root.Children is null || !_root.Children.TryGetValue(first, out var node))
            {
                continue;
            }

            var length = 1;
            if (node.Values is not null && length > best.Item1)
            {
                best = (length, node.Values, first);
            }

            while (node.Children is not null && rest(length) is { } w && node.Children.TryGetValue(w, out var next))
            {
                node = next;
                length++;
                if (node.Values is not null && length > best.Item1)
                {
                    best = (length, node.Values, first);
                }
            }
        }

        return best;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }
}
