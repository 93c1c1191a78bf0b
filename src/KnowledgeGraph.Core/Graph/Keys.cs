using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Graph;

/// <summary>Stable keys: lowercase slugs of canonical English names, SHA-256 of document text.</summary>
public static class Keys
{
    /// <summary><c>"Sam Altman"</c> → <c>sam-altman</c>; <c>"AT&amp;T"</c> → <c>at-t</c>. Non-Latin letters are kept as they are.</summary>
    public static string Slug(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                dash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <paramref name="normalisedText"/>.</summary>
    public static string DocumentKey(string normalisedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedText)));
}
