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

    private static readonly string[] FundWords = ["صندوق", "الصندوق", "لصندوق", "وصندوق", "كابيتال", "فنتشرز", "فنتشر", "بارتنرز", "fund", "capital", "ventures", "partners"];

    private static bool NamedAsFund(DocumentTokens doc, Mention m) =>
        Enumerable.Range(Math.Max(0, m.TokenStart - 2), m.TokenEnd - Math.Max(0, m.TokenStart - 2)).Any(k => FundWords.Contains(doc.Tokens[k].Norm.ToLowerInvariant()));

    // Head nouns of an English description and the gazetteer categories they fit (empty: any company).
    private static readonly Dictionary<string, string[]> Heads = new(StringComparer.Ordinal)
    {
        ["company"] = [], ["firm"] = [], ["group"] = [], ["start-up"] = [], ["startup"] = [], ["business"] = [], ["outfit"] = [],
        ["developer"] = [], ["platform"] = [], ["maker"] = [], ["provider"] = [],
        ["operator"] = ["datacenter", "telecom", "cloud"], ["utility"] = ["energy"], ["fund"] = ["investor"], ["investor"] = ["investor"],
        ["chipmaker"] = ["chips"], ["designer"] = ["chips"], ["lab"] = ["ai-lab"], ["lender"] = ["investor"], ["bank"] = ["investor"],
    };

    // Modifiers that point elsewhere than the company named before: "the same company", "the parent company", "the new group".
    private static readonly HashSet<string> Elsewhere = new(StringComparer.Ordinal)
    {
        "same", "other", "another", "parent", "combined", "new", "merged", "joint", "holding", "largest", "biggest", "first", "second",
        "only", "whole", "entire", "its", "their", "his", "her", "this", "that", "each", "every", "former", "rival", "target", "acquired",
    };

    private static readonly HashSet<string> NotModifier = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "since", "for", "in", "of", "and", "or", "by", "with", "at", "to", "from", "on", "as", "that", "which", "who",
        "is", "was", "are", "were", "has", "had", "have", "said", "says", "will", "would", "it", "its", "s",
    };

    /// <summary>
    /// "the New Jersey company", "the Sydney-based operator", "The two-year-old developer": "the", one to three modifiers and a
    /// company noun refer to a company named in the sentences before (its subject first), or to the name it stands beside.
    /// ("the company" alone is the article's company, read by the relation reader.)
    /// </summary>
    private static void ResolveEnglishDescriptions(DocumentTokens doc, Lexicons lexicons, bool[] covered, List<Mention> mentions)
    {
        var companies = mentions.Where(m => !m.Entity.IsPerson && !m.IsProduct).OrderBy(m => m.TokenStart).ToList();
        var added = new List<Mention>();
        for (var i = 0; i + 2 < doc.Tokens.Count; i++)
        {
            if (doc.Tokens[i].Norm != "the" || covered[i])
            {
                continue;
            }

            var head = -1;
            for (var k = i + 1; k < doc.Tokens.Count && k <= i + 4; k++)
            {
                var t = doc.Tokens[k];
                if (!t.IsWord || covered[k] || Elsewhere.Contains(t.Norm) && char.IsLower(doc.Text[t.Start]) || NotModifier.Contains(t.Norm))
                {
                    break;
                }

                if (k > i + 1 && Heads.ContainsKey(t.Norm))
                {
                    head = k;
                    break;
                }
            }

            // The head ends the noun phrase: "the venture fund's", "the data company said"; not "the AI company Anthropic" (a title).
            if (head < 0 || head + 1 < doc.Tokens.Count && doc.Tokens[head + 1].IsWord && char.IsUpper(doc.Text[doc.Tokens[head + 1].Start])
                || head + 1 < doc.Tokens.Count && doc.Tokens[head + 1].Norm is "of" or "that" or "which" or "to" && !(head + 2 < doc.Tokens.Count && doc.Tokens[head + 2].Norm == "said"))
            {
                continue;
            }

            var wanted = Heads[doc.Tokens[head].Norm];
            // "The Tel Aviv startup" is none of the giants the gazetteer knows by a sector.
            var young = doc.Tokens[head].Norm is "start-up" or "startup";
            bool Fits(Mention m) => !lexicons.Gazetteer.Entries.TryGetValue(m.Entity.Key, out var entry) || entry.Category is null
                || (young ? entry.Category is "ai-lab" or "software" or "other" or "gulf-ai" : wanted.Length == 0 || wanted.Contains(entry.Category));
            var sentence = doc.SentenceOfToken[i];

            // "Vattenfall, the Swedish utility, ...": beside a name it describes that name.
            var j = i - 1;
            while (j >= 0 && !doc.Tokens[j].IsWord && doc.Tokens[j].Norm is "," or "«" or "»" or "\"")
            {
                j--;
            }

            // ("Vattenfall, the Swedish utility, ...": beside a name a description only describes it.)
            if (j >= 0 && j < i - 1 && companies.Any(m => m.TokenEnd == j + 1))
            {
                continue;
            }

            // A back-reference names a place, an origin or an age ("the New Jersey company", "the Sydney-based operator",
            // "the two-year-old developer"); "the grid operator", "the pension fund" are generic.
            if (!Enumerable.Range(i + 1, head - i - 1).Any(k => char.IsUpper(doc.Text[doc.Tokens[k].Start])
                    || doc.Tokens[k].Norm.EndsWith("-based", StringComparison.Ordinal) || doc.Tokens[k].Norm.EndsWith("-old", StringComparison.Ordinal)
                    || doc.Tokens[k].Norm.EndsWith("-listed", StringComparison.Ordinal) || doc.Tokens[k].Norm.EndsWith("-backed", StringComparison.Ordinal))
                || head + 1 < doc.Tokens.Count && doc.Tokens[head + 1].Norm is "'" or "’")
            {
                continue;
            }

            Mention? referent = null;
            {
                // The sentences before: the nearest one naming a fitting company, its first actor first.
                for (var s = sentence - 1; s >= 0 && s >= sentence - 2 && referent is null; s--)
                {
                    var inSentence = companies.Where(m => doc.SentenceOfToken[m.TokenStart] == s && Fits(m)).ToList();
                    referent = inSentence.FirstOrDefault(m => !m.Prepositional) ?? inSentence.FirstOrDefault();
                }
            }

            if (referent is null)
            {
                continue;
            }

            added.Add(new Mention(i, head + 1, referent.Entity, doc.IsPrepositional(i, "the")));
            for (var k = i; k <= head; k++)
            {
                covered[k] = true;
            }

            i = head;
        }

        mentions.AddRange(added);
    }

    // Nouns the text uses for a company named before: "الشركة المغربية", "الصندوق الإماراتي", "المختبر الفرنسي".
    private static readonly HashSet<string> ArabicHeads = new(StringComparer.Ordinal) { "الشركه", "الصندوق", "المختبر", "المجموعه" };

    // "والشركة", "للشركة", "بالشركة": a conjunction or a preposition attached to the noun (the preposition governs it).
    private static string? HeadWithoutPrefix(string norm, out bool governed)
    {
        governed = false;
        var word = norm.StartsWith('و') && ArabicHeads.Contains(norm[1..]) ? norm[1..] : norm;
        if (ArabicHeads.Contains(word))
        {
            return word;
        }

        governed = true;
        return word.StartsWith("لل", StringComparison.Ordinal) && ArabicHeads.Contains("ا" + word[1..]) ? "ا" + word[1..]
            : word.StartsWith("بال", StringComparison.Ordinal) && ArabicHeads.Contains(word[1..]) ? word[1..] : null;
    }

    /// <summary>
    /// "«أطلس» المغربية ... . وقال مديرها إن الشركة المغربية ...": a company noun with a nisba (an origin adjective) is the
    /// nearest company named before that the text described with the same nisba, not the sentence's topic. A nisba no
    /// company carried stays unread (the reader's topic rules take it).
    /// </summary>
    private static void ResolveNisbaReferences(DocumentTokens doc, bool[] covered, List<Mention> mentions)
    {
        var companies = mentions.Where(m => !m.Entity.IsPerson && !m.IsProduct).OrderBy(m => m.TokenStart).ToList();
        var added = new List<Mention>();
        for (var i = 0; i + 1 < doc.Tokens.Count; i++)
        {
            var nisba = doc.Tokens[i + 1].Norm;
            var head = HeadWithoutPrefix(doc.Tokens[i].Norm, out var governed);
            if (covered[i] || covered[i + 1] || head is null || !doc.Tokens[i + 1].IsWord
                || !nisba.StartsWith("ال", StringComparison.Ordinal) || nisba.Length < 6 || !(nisba.EndsWith("يه", StringComparison.Ordinal) || nisba.EndsWith('ي')))
            {
                continue;
            }

            // "الشركة الأميركية «سيريبراس»": before a name the description is its title.
            var next = i + 2;
            while (next < doc.Tokens.Count && !doc.Tokens[next].IsWord && doc.Tokens[next].Norm is not ("." or "،" or ","))
            {
                next++;
            }

            if (companies.Any(m => m.TokenStart == next))
            {
                continue;
            }

            // "«إنتيلا»، الشركة المصرية التي ...": beside a name the description describes that name.
            var before = i - 1;
            while (before >= 0 && !doc.Tokens[before].IsWord && doc.Tokens[before].Norm is "," or "،" or "«" or "»" or "\"")
            {
                before--;
            }

            if (before >= 0 && companies.Any(m => m.TokenEnd == before + 1))
            {
                continue;
            }

            var stem = nisba.EndsWith("يه", StringComparison.Ordinal) ? nisba[..^1] : nisba;
            bool Carries(Mention m)
            {
                // The nisba right after the name, past its closing quote: "«أطلس» المغربية", "«X» الإماراتي".
                for (var k = m.TokenEnd; k < doc.Tokens.Count && k <= m.TokenEnd + 2; k++)
                {
                    if (doc.Tokens[k].IsWord)
                    {
                        return doc.Tokens[k].Norm == stem || doc.Tokens[k].Norm == stem + "ه";
                    }
                }

                return false;
            }

            // "وقّعت «X» مع الشركة البريطانية": one other name in the sentence is the other party. Two or more ("تجري «X»
            // محادثات مع «Y» ... من الشركة الأميركية") may hold the one meant, whose origin the text never gave.
            var referent = companies.LastOrDefault(m => m.TokenEnd <= i && Carries(m));
            var sentence = doc.SentenceOfToken[i];
            if (referent is null || companies.Where(m => m.TokenEnd <= i && doc.SentenceOfToken[m.TokenStart] == sentence && m.Entity.Key != referent.Entity.Key)
                    .Select(m => m.Entity.Key).Distinct().Count() >= 2)
            {
                continue;
            }

            added.Add(new Mention(i, i + 2, referent.Entity, governed || doc.IsPrepositional(i, head)));
            covered[i] = covered[i + 1] = true;
            i++;
        }

        mentions.AddRange(added);
    }

    // "للبنك", "المصرف", "والهيئة": a bank or an authority the text named before.
    private static bool BareInstitution(string norm) => norm.StartsWith("ال", StringComparison.Ordinal) || norm.StartsWith("لل", StringComparison.Ordinal)
        || norm.StartsWith("وال", StringComparison.Ordinal) || norm.StartsWith("بال", StringComparison.Ordinal) ? InstitutionNoun(norm) is not null : false;

    // The institution a word names ("بنك" and "مصرف" are one), if any.
    private static string? InstitutionNoun(string norm) =>
        norm.EndsWith("بنك", StringComparison.Ordinal) || norm.EndsWith("مصرف", StringComparison.Ordinal) ? "bank"
        : norm.EndsWith("هيئه", StringComparison.Ordinal) || norm.EndsWith("هيئة", StringComparison.Ordinal) ? "authority" : null;

    public static void Resolve(DocumentTokens doc, Lexicons lexicons, bool[] covered, List<Mention> mentions)
    {
        // A description has no suffix attached: "المصرفي" (the banker) is no "المصرف" (the bank) with a pronoun.
        if (doc.Language == "en")
        {
            ResolveEnglishDescriptions(doc, lexicons, covered, mentions);
        }

        else
        {
            ResolveNisbaReferences(doc, covered, mentions);
        }

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

            // "البنك المركزي", "الهيئة العامة للاستثمار": a bank or an authority with an adjective after it is named, not referred to.
            if (hit.End - hit.Start == 1 && BareInstitution(doc.Tokens[hit.Start].Norm) && next < doc.Tokens.Count && next == hit.End
                && doc.Tokens[next].IsWord && doc.Tokens[next].Norm.StartsWith("ال", StringComparison.Ordinal))
            {
                continue;
            }

            // The nearest such company that acted (named with no preposition), else the nearest one named.
            // A fund the gazetteer lacks is one the text names as a fund ("صندوق «الواحة»", "«X كابيتال»").
            var candidates = ordered.Where(m => m.TokenEnd <= hit.Start && sentence - doc.SentenceOfToken[m.TokenStart] <= SentencesBack
                && (lexicons.Gazetteer.Entries.TryGetValue(m.Entity.Key, out var entry) ? entry.Category is { } category && wanted.Contains(category)
                    : wanted.Contains("investor") && NamedAsFund(doc, m))).ToList();
            // ("العضو المنتدب للهيئة", "الرئيس التنفيذي للبنك": the bank, the authority the text named as one.)
            if (hit.End - hit.Start == 1 && BareInstitution(doc.Tokens[hit.Start].Norm))
            {
                var noun = InstitutionNoun(doc.Tokens[hit.Start].Norm);
                candidates = [.. candidates.Where(m => Enumerable.Range(Math.Max(0, m.TokenStart - 2), m.TokenEnd - Math.Max(0, m.TokenStart - 2)).Any(k => InstitutionNoun(doc.Tokens[k].Norm) == noun))];
            }

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
