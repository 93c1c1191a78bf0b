using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Names discovered with an attached Arabic preposition or conjunction.</summary>
internal sealed partial class EntityRecognizer
{
    // Letters a name may carry attached in running text: prepositions (ل، ب، ك) and conjunctions (و، ف), alone or joined.
    private static readonly string[] AttachedLetters = ["ول", "وب", "فل", "فب", "ل", "ب", "ك", "و", "ف"];

    // "المدير العام لدجلة ديجيتال" after "شركة «دجلة ديجيتال»": a company discovered only with a letter attached is the one
    // the text names without it ("لدجلة" is "to Dijla"), not a company of its own.
    private void MergePrepositionalDiscoveries(Dictionary<string, DocEntity> entities, List<Mention> mentions)
    {
        var companies = entities.Values.Where(e => !e.IsPerson).ToList();
        // ("الشريكة الإدارية في وادي فنتشرز": a "person" read after a title where a company's name lost its first letter.)
        var people = entities.Values.Where(e => e.IsPerson && !_gazetteer.Entries.ContainsKey(e.Key)).ToList();
        foreach (var prefixed in companies.Where(e => !_gazetteer.Entries.ContainsKey(e.Key)))
        {
            var forms = prefixed.Mentions.Select(m => Tokenizer.Tokenize(m).Where(w => w.IsWord).Select(w => w.Norm).ToArray()).ToList();
            if (forms.Count == 0 || forms.Any(f => f.Length == 0 || !f[0].Any(TextNormalizer.IsArabicLetter)))
            {
                continue;
            }

            var bare = companies.Concat(people).Where(e => e != prefixed).FirstOrDefault(e => e.Mentions.Any(m =>
                Tokenizer.Tokenize(m).Where(w => w.IsWord).Select(w => w.Norm).ToArray() is { Length: > 0 } words
                && forms.All(f => f.Length == words.Length && f.Skip(1).SequenceEqual(words.Skip(1)) && Unprefixed(f[0]).Contains(words[0]))));
            if (bare is null || !entities.ContainsKey(prefixed.Key) || !entities.ContainsKey(bare.Key))
            {
                continue;
            }

            // "الشريكة في وادي فنتشرز" read once as و + "ادي فنتشرز": a name the text writes whole more often than without its
            // first letter starts with that letter.
            if (bare.IsPerson || mentions.Count(m => m.Entity == prefixed) > mentions.Count(m => m.Entity == bare) && !_gazetteer.Entries.ContainsKey(bare.Key))
            {
                for (var i = 0; i < mentions.Count; i++)
                {
                    if (mentions[i].Entity == bare)
                    {
                        mentions[i] = mentions[i] with { Entity = prefixed };
                    }
                }

                entities.Remove(bare.Key);
                continue;
            }

            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i].Entity == prefixed)
                {
                    var attached = forms[0][0];
                    mentions[i] = mentions[i] with { Entity = bare, Prepositional = mentions[i].Prepositional || attached[0] is 'ل' or 'ب' or 'ك' || attached.Length > 1 && attached[1] is 'ل' or 'ب' };
                }
            }

            entities.Remove(prefixed.Key);
        }
    }

    // "لدجلة" → "دجلة", "للظفرة" → "الظفرة", "وبسحاب" → "سحاب": the word without the letters attached before it.
    private static List<string> Unprefixed(string norm)
    {
        var forms = AttachedLetters.Where(p => norm.Length - p.Length >= 3 && norm.StartsWith(p, StringComparison.Ordinal)).Select(p => norm[p.Length..]).ToList();
        if (ArabicAffixes.ArticleAfterLam(norm) is { } restored)
        {
            forms.Add(restored);
        }

        return forms;
    }
}
