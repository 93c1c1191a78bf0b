namespace KnowledgeGraph.Text;

/// <summary>
/// Splits Arabic and English text into sentences at . ! ? ؟ ؛ and line breaks. A full stop inside a number (6.6),
/// a name (Character.AI), an initial (U.S.) or a known abbreviation (Inc., Mr.) does not end a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "inc", "corp", "co", "ltd", "jr", "sr", "st", "vs", "etc", "no", "approx", "u.s", "u.k", "e.g", "i.e",
    };

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c switch
            {
                '\n' or '!' or '?' or '؟' or '؛' => true,
                '.' => EndsSentence(text, i),
                _ => false,
            };
            if (!boundary)
            {
                continue;
            }

            // Closing quotes and brackets right after the stop belong to the sentence.
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '»' or ')' or '’' or '\'' or '.' or '!' or '?' or '؟')
            {
                end++;
            }

            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (char.IsLetterOrDigit(next))
        {
            return false;
        }

        // The word before the stop: an initial or an abbreviation does not end the sentence.
        var w = i;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text[w..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        return !Abbreviations.Contains(word);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, end, text[start..end]));
        }
    }
}
