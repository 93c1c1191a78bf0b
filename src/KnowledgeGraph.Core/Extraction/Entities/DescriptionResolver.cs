using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Definite descriptions that stand for a company named shortly before: "صانعة الرقائق الأميركية", "the chipmaker",
/// "الصندوق السيادي", "the operator". Each description cue (category <c>ref-&lt;gazetteer category&gt;</c> in cues.yaml,
/// several categories allowed) resolves to the nearest company named in the last sentences whose gazetteer category
/// matches; a description with no such company stays unread.
/// </summary>
internal static class DescriptionResolver
{
    private const string Prefix = "ref-";
    private const int SentencesBack = 3;

    public static void Resolve(DocumentTokens doc, Lexicons lexicons, bool[] covered, List<Mention> mentions)
    {
        // A description has no suffix attached: "المصرفي" (the banker) is no "المصرف" (the bank) with a pronoun.
        var hits = CueScanner.Scan(doc.Tokens, lexicons.Cues, covered).Where(h => h.Suffix.Length == 0 && h.Categories.Any(c => c.StartsWith(Prefix, StringComparison.Ordinal))).ToList();
        if (hits.Count == 0)
        {
            return;
        }

        var ordered = mentions.Where(m => !m.Entity.IsPerson).OrderBy(m => m.TokenStart).ToList();
        var added = new List<Mention>();
        foreach (var hit in hits)
        {
            var wanted = hit.Categories.Where(c => c.StartsWith(Prefix, StringComparison.Ordinal)).Select(c => c[Prefix.Length..]).ToHashSet(StringComparer.Ordinal);
            var sentence = doc.SentenceOfToken[hit.Start];
            // "the chipmaker Nvidia", "ومزود الخدمات السحابية «CoreWeave»": a description before a name is its title, not a reference.
            var next = hit.End;
            while (next < doc.Tokens.Count && !doc.Tokens[next].IsWord && doc.Tokens[next].Norm is not ("." or "،" or ","))
            {
                next++;
            }

            if (ordered.Any(m => m.TokenStart == next))
            {
                continue;
            }

            // The nearest such company that acted (named with no preposition), else the nearest one named.
            var candidates = ordered.Where(m => m.TokenEnd <= hit.Start && sentence - doc.SentenceOfToken[m.TokenStart] <= SentencesBack
                && lexicons.Gazetteer.Entries.TryGetValue(m.Entity.Key, out var entry) && entry.Category is { } category && wanted.Contains(category)).ToList();
            var referent = candidates.LastOrDefault(m => !m.Prepositional) ?? candidates.LastOrDefault();
            if (referent is null)
            {
                continue;
            }

            var stem = doc.CueStem(hit.Categories.First(c => c.StartsWith(Prefix, StringComparison.Ordinal)), hit.Start) ?? doc.Tokens[hit.Start].Norm;
            added.Add(new Mention(hit.Start, hit.End, referent.Entity, doc.IsPrepositional(hit.Start, stem)));
            for (var k = hit.Start; k < hit.End; k++)
            {
                covered[k] = true;
            }
        }

        mentions.AddRange(added);
    }
}
