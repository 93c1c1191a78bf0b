namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>Attached Arabic prefixes (conjunctions, prepositions, article) and pronoun suffixes, in normalised form.</summary>
public static class ArabicAffixes
{
    // Longest first, so "وال" is tried before "و".
    private static readonly string[] Prefixes = ["وبال", "وكال", "فبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ول", "وب", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك"];
    private static readonly string[] PrepositionPrefixes = ["وبال", "وكال", "فبال", "بال", "كال", "ولل", "لل", "ول", "وب", "فب", "فل", "ب", "ل", "ك"];
    private static readonly string[] Suffixes = ["هما", "هم", "ها", "ه", "نا", "ي", "ان", "ون", "وا", "ين", "ا"];

    // The readers ask for the variants of the same words many times per document (every cue test, every name test):
    // each word's variants are computed once and shared. Callers must not change the arrays. At most MaxCachedWords
    // words are kept per cache, since a long-running worker reads an open vocabulary.
    private const int MaxCachedWords = 200_000;
    private static readonly VariantCache PrefixCache = new(ComputePrefixVariants);
    private static readonly VariantCache AffixCache = new(ComputeAffixVariants);

    /// <summary>The word itself, then the word without each prefix that leaves at least two letters (a shared array: do not change it).</summary>
    public static string[] PrefixVariants(string norm) => PrefixCache.Get(norm);

    /// <summary>The prefix variants, each also without a pronoun suffix (for cue words: "استثماراته" → "استثمارات"; a shared array: do not change it).</summary>
    public static string[] AffixVariants(string norm) => AffixCache.Get(norm);

    private static IEnumerable<string> ComputePrefixVariants(string norm)
    {
        yield return norm;

        // "للشركة", "للمصرية": ل before the article swallows its alef; the word is "الشركة", "المصرية" before it is "شركة".
        if (ArticleAfterLam(norm) is { } restored)
        {
            yield return restored;
        }

        foreach (var p in Prefixes)
        {
            if (norm.Length - p.Length >= 2 && norm.StartsWith(p, StringComparison.Ordinal))
            {
                yield return norm[p.Length..];
            }
        }
    }

    /// <summary>"للمصرية" → "المصرية", "وللشركة" → "الشركة"; null for a word without ل + article.</summary>
    public static string? ArticleAfterLam(string norm)
    {
        foreach (var p in LamArticle)
        {
            if (norm.Length - p.Length >= 3 && norm.StartsWith(p, StringComparison.Ordinal))
            {
                return "ال" + norm[p.Length..];
            }
        }

        return null;
    }

    private static readonly string[] LamArticle = ["ولل", "فلل", "لل"];

    private static IEnumerable<string> ComputeAffixVariants(string norm)
    {
        foreach (var v in PrefixVariants(norm))
        {
            yield return v;
            foreach (var s in Suffixes)
            {
                if (v.Length - s.Length >= 3 && v.EndsWith(s, StringComparison.Ordinal))
                {
                    yield return v[..^s.Length];
                    // "منصتها", "حصته": a ta marbuta (normalised ه) is written ت before a pronoun.
                    if (v[..^s.Length] is { Length: >= 4 } stem && stem[^1] == 'ت' && s is "ها" or "ه" or "هم" or "هما")
                    {
                        yield return stem[..^1] + "ه";
                    }
                }
            }
        }
    }

    /// <summary>The attached preposition (ب ل ك, with و/ف/ال) of a word whose stem is <paramref name="stem"/>, if any.</summary>
    public static bool HasPrepositionPrefix(string norm, string stem)
    {
        if (HasLamBeforeArticle(norm, stem))
        {
            return true;
        }

        if (norm.Length <= stem.Length || !norm.EndsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }

        var prefix = norm[..^stem.Length];
        return PrepositionPrefixes.Contains(prefix);
    }

    private static bool HasLamBeforeArticle(string norm, string stem) => stem.StartsWith("ال", StringComparison.Ordinal) && ArticleAfterLam(norm) == stem;

    /// <summary>The pronoun suffix of a word whose stem is <paramref name="stem"/> ("" when none).</summary>
    public static string SuffixAfter(string norm, string stem)
    {
        var at = norm.IndexOf(stem, StringComparison.Ordinal);
        if (at < 0 && stem.EndsWith('ه'))
        {
            // "منصتها" for "منصه": the ta marbuta written ت before the pronoun.
            at = norm.IndexOf(stem[..^1] + "ت", StringComparison.Ordinal);
        }

        return at < 0 ? "" : norm[(at + stem.Length)..];
    }

    private sealed class VariantCache(Func<string, IEnumerable<string>> compute)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _byWord = new(StringComparer.Ordinal);
        private int _count;

        public string[] Get(string norm)
        {
            if (_byWord.TryGetValue(norm, out var variants))
            {
                return variants;
            }

            if (Interlocked.Increment(ref _count) > MaxCachedWords)
            {
                _byWord.Clear();
                Interlocked.Exchange(ref _count, 1);
            }

            variants = [.. compute(norm)];
            return _byWord.GetOrAdd(norm, variants);
        }
    }
}
