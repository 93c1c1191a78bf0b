using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>Finds cue words and phrases in a token list: longest phrase first, attached prefixes and pronoun suffixes allowed.</summary>
internal static class CueScanner
{
    // A document is scanned several times (names, descriptions, relations); the forms of a word and the distinct
    // categories of a trie entry are the same each time, so they are computed once. The forms are kept for at most
    // MaxCachedWords words; the categories live as long as their lexicon.
    private const int MaxCachedWords = 200_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> FormsOf = new(StringComparer.Ordinal);
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<List<string>, List<string>> DistinctValues = [];

    public static List<CueHit> Scan(List<Token> tokens, CueLexicon cues, bool[]? skip = null)
    {
        if (!FormsOf.IsEmpty && FormsOf.Count > MaxCachedWords)
        {
            FormsOf.Clear();                                    // a long-running worker reads an open vocabulary
        }

        var hits = new List<CueHit>();

        // One delegate and one one-word array serve every token of the list (the trie reads the forms at once).
        var at = 0;
        Func<int, string?> rest = k => at + k < tokens.Count && tokens[at + k].IsWord ? tokens[at + k].Norm : null;
        var single = new string[1];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || (skip is not null && skip[i]))
            {
                continue;
            }

            single[0] = t.Norm;
            var forms = t.Kind == TokenKind.Arabic ? FormsOf.GetOrAdd(t.Norm, norm => [.. ArabicAffixes.AffixVariants(norm).Distinct()]) : single;
            at = i;
            var (length, values, firstForm) = cues.Trie.Longest(forms, rest);
            if (length == 0 || values is null)
            {
                continue;
            }

            var suffix = length == 1 && firstForm is not null && t.Kind == TokenKind.Arabic ? ArabicAffixes.SuffixAfter(t.Norm, firstForm) : "";
            hits.Add(new CueHit(i, i + length, DistinctValues.GetValue(values, v => [.. v.Distinct()]), suffix));
            i += length - 1;
        }

        return hits;
    }
}
