using System.Text;
using Lucene.Net.Analysis.Ar;

namespace KnowledgeGraph.Text;

/// <summary>
/// Normal forms for matching: Arabic letters folded the way Lucene's Arabic normaliser folds them (alef forms,
/// alef maqsura, ta marbuta, diacritics, tatweel), Latin lowercased, and digits of every script made ASCII.
/// </summary>
public static class TextNormalizer
{
    private static readonly ArabicNormalizer Arabic = new();

    /// <summary>Text as read: NFC, Arabic-Indic and Persian digits as ASCII digits, Arabic decimal separators as '.'.</summary>
    public static string CleanDocumentText(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            sb.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '\u066B' => '.',
                '\u066C' => ',',
                '\u00A0' or '\u202F' or '\u2009' => ' ',
                '\r' => '\n',
                '\uFEFF' or '\u200B' or '\u200E' or '\u200F' => '\0',
                _ => c,
            });
        }

        sb.Replace("\0", "");
        return sb.ToString();
    }

    /// <summary>The matching form of one Arabic word: normalised by Lucene's ArabicNormalizer.</summary>
    public static string NormalizeArabic(ReadOnlySpan<char> word)
    {
        var buffer = word.ToArray();
        var length = Arabic.Normalize(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }

    /// <summary>The matching form of one word of any script.</summary>
    public static string NormalizeWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && IsArabicLetter(word[0]) ? NormalizeArabic(word) : word.ToString().ToLowerInvariant();

    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or '\u06D5' or (>= '\u06FA' and <= '\u06FF')
            or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>Diacritics and tatweel: part of an Arabic word, dropped by normalisation.</summary>
    public static bool IsArabicMark(char c) => c is (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640';

    /// <summary>Normalises a whole phrase word by word (used for keys of lexicons).</summary>
    public static string NormalizePhrase(string phrase) =>
        string.Join(' ', Tokenizer.Tokenize(phrase).Where(t => t.IsWord).Select(t => t.Norm));
}
