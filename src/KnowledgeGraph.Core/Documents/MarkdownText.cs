using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Documents;

/// <summary>The words of a Markdown file: headings, links, images, emphasis, list markers and front matter removed.</summary>
internal static partial class MarkdownText
{
    public static string Extract(string md)
    {
        var lines = md.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = FrontMatterEnd(lines);
        var sb = new StringBuilder(md.Length);
        foreach (var line in lines.AsSpan(start))
        {
            var l = Heading().Replace(line, "");
            l = Image().Replace(l, "$1");
            l = Link().Replace(l, "$1");
            l = Emphasis().Replace(l, "");
            l = ListMarker().Replace(l, "");
            sb.Append(l.TrimEnd()).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The index of the first line after a leading <c>---</c> ... <c>---</c> block, or 0.</summary>
    private static int FrontMatterEnd(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return i + 1;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*")]
    private static partial Regex Heading();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|`{1,3}|~~)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^\s*(?:[-+>]|\d+\.)\s+")]
    private static partial Regex ListMarker();
}
