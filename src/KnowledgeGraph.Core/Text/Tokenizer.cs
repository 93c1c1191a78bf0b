namespace KnowledgeGraph.Text;

/// <summary>
/// Splits text into Arabic words, Latin words, numbers and punctuation. A change of script ends a word, so
/// "وAMD" gives "و" and "AMD", and "لـOpenAI" gives "لـ" and "OpenAI". Latin words keep inner '.', '-', '&amp;'
/// and apostrophes (Character.AI, GPT-4o, AT&amp;T); numbers keep inner '.' and ','.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0)
        {
            end = text.Length;
        }

        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var s = i;
            if (TextNormalizer.IsArabicLetter(c) || TextNormalizer.IsArabicMark(c))
            {
                while (i < end && (TextNormalizer.IsArabicLetter(text[i]) || TextNormalizer.IsArabicMark(text[i])))
                {
                    i++;
                }

                var norm = TextNormalizer.NormalizeArabic(text.AsSpan(s, i - s));
                tokens.Add(new Token(s, i - s, norm.Length == 0 ? TokenKind.Punctuation : TokenKind.Arabic, norm));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < end && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                // "GPT-4o", "01.AI", "3M": digits glued to letters form one Latin word.
                if (i < end && IsLatinLetter(text[i]))
                {
                    i = ScanLatin(text, i, end);
                    tokens.Add(new Token(s, i - s, TokenKind.Latin, text[s..i].ToLowerInvariant()));
                }
                else
                {
                    tokens.Add(new Token(s, i - s, TokenKind.Number, text[s..i]));
                }
            }
            else if (IsLatinLetter(c))
            {
                i = ScanLatin(text, i, end);
                tokens.Add(new Token(s, i - s, TokenKind.Latin, text[s..i].ToLowerInvariant()));
            }
            else
            {
                i++;
                tokens.Add(new Token(s, 1, TokenKind.Punctuation, c.ToString()));
            }
        }

        return tokens;
    }

    private static int ScanLatin(string text, int i, int end)
    {
        var start = i;
        while (i < end)
        {
            var c = text[i];
            if (IsLatinLetter(c) || char.IsAsciiDigit(c))
            {
                i++;
            }
            // "N+ONE": a plus between letters joins one name as a hyphen does.
            else if (c is '.' or '-' or '&' or '\'' or '’' or '+' && i + 1 < end && (IsLatinLetter(text[i + 1]) || char.IsAsciiDigit(text[i + 1])))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        // A possessive "'s" is not part of the name.
        if (i - 2 > start && text[i - 1] is 's' && text[i - 2] is '\'' or '’')
        {
            i -= 2;
        }

        return i;
    }

    public static bool IsLatinLetter(char c) => char.IsLetter(c) && c < '\u0250';
}
