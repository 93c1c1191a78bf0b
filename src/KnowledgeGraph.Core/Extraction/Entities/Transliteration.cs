using System.Text;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>A plain Arabic-to-Latin transliteration, used only to make keys for names the gazetteer lacks.</summary>
internal static class Transliteration
{
    private static readonly Dictionary<char, string> Map = new()
    {
        ['ا'] = "a", ['أ'] = "a", ['إ'] = "i", ['آ'] = "a", ['ء'] = "", ['ؤ'] = "u", ['ئ'] = "i", ['ب'] = "b", ['ت'] = "t", ['ث'] = "th",
        ['ج'] = "j", ['ح'] = "h", ['خ'] = "kh", ['د'] = "d", ['ذ'] = "dh", ['ر'] = "r", ['ز'] = "z", ['س'] = "s", ['ش'] = "sh", ['ص'] = "s",
        ['ض'] = "d", ['ط'] = "t", ['ظ'] = "z", ['ع'] = "a", ['غ'] = "gh", ['ف'] = "f", ['ق'] = "q", ['ك'] = "k", ['ل'] = "l", ['م'] = "m",
        ['ن'] = "n", ['ه'] = "h", ['ة'] = "a", ['و'] = "w", ['ي'] = "y", ['ى'] = "a", ['پ'] = "p", ['چ'] = "ch", ['ڤ'] = "v", ['گ'] = "g",
    };

    public static string ToLatin(string arabic)
    {
        var sb = new StringBuilder(arabic.Length * 2);
        foreach (var c in arabic)
        {
            if (Map.TryGetValue(c, out var latin))
            {
                sb.Append(latin);
            }
            else if (char.IsLetterOrDigit(c) && c < '\u0250')
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c == '-')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }
}
