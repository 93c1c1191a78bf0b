using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Documents;

/// <summary>
/// Reads .txt, .md, .html and .htm files into <see cref="SourceDocument"/>s: decoded (<see cref="TextDecoder"/>),
/// markup removed (the article's text, not its navigation), NFC, Arabic-Indic digits as digits. Every failure is a
/// <see cref="DocumentReadException"/> that names the file and the reason.
/// </summary>
public sealed partial class DocumentReader
{
    /// <summary>The largest file read, in bytes (default 20 MB); a news article is a few kilobytes.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm" };

    /// <summary>
    /// Expands files and folders (recursively) into the document files they hold, in a stable order. A path that
    /// does not exist is kept, so that reading it reports the error.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(input);
            }
        }

        return files;
    }

    public SourceDocument Read(string path)
    {
        var extension = Path.GetExtension(path);
        if (!Extensions.Contains(extension))
        {
            throw new DocumentReadException(path, $"unsupported file type '{extension}' (read: .txt, .md, .html, .htm)");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentReadException(path, "file not found (it may have been moved or deleted)");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new DocumentReadException(path, $"file too large: {info.Length / 1048576.0:0.0} MB, the limit is {MaxFileBytes / 1048576.0:0.#} MB");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException ex)
        {
            throw new DocumentReadException(path, "file disappeared before it could be read", ex);
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new DocumentReadException(path, "file disappeared before it could be read (its folder is gone)", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentReadException(path, "permission denied", ex);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(path, $"could not be read: {ex.Message}", ex);
        }

        return Parse(path, bytes);
    }

    /// <summary>Reads a document from bytes already in hand (the path names it and gives its type).</summary>
    public SourceDocument Parse(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(path, "empty file");
        }

        string raw;
        try
        {
            raw = TextDecoder.Decode(bytes).Text;
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(path, ex.Message, ex);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var (text, title) = extension switch
        {
            ".html" or ".htm" => FromHtml(raw),
            ".md" => (FromMarkdown(raw), (string?)null),
            _ => (raw, (string?)null),
        };

        text = TextNormalizer.CleanDocumentText(text).Trim();
        if (text.Length == 0 || !text.Any(char.IsLetter))
        {
            throw new DocumentReadException(path, "no text in it (empty or only markup)");
        }

        title ??= text.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);
        if (title.Length > 200)
        {
            title = title[..200];
        }

        var arabic = text.Count(TextNormalizer.IsArabicLetter);
        var latin = text.Count(char.IsAsciiLetter);
        return new SourceDocument(path, text, TextNormalizer.CleanDocumentText(title).Trim(), Keys.DocumentKey(text), arabic >= latin * 0.5 ? "ar" : "en");
    }

    private static (string Text, string? Title) FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, iframe, svg, template, button").ToList())
        {
            junk.Remove();
        }

        var title = document.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } h1 ? h1 : document.Title?.Trim();
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? (AngleSharp.Dom.IElement?)document.Body ?? document.DocumentElement;
        var blocks = root.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, figcaption")
            .Where(e => !e.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, blockquote").Any())
            .Select(e => Whitespace().Replace(e.TextContent, " ").Trim())
            .Where(t => t.Length > 0)
            .ToList();
        var text = blocks.Count > 0 ? string.Join('\n', blocks) : Whitespace().Replace(root.TextContent, " ").Trim();
        return (text, string.IsNullOrWhiteSpace(title) ? null : title);
    }

    private static string FromMarkdown(string md)
    {
        var sb = new StringBuilder(md.Length);
        foreach (var line in md.Split('\n'))
        {
            var l = MarkdownHeading().Replace(line, "");
            l = MarkdownImage().Replace(l, "$1");
            l = MarkdownLink().Replace(l, "$1");
            l = MarkdownEmphasis().Replace(l, "");
            l = MarkdownListMarker().Replace(l, "");
            sb.Append(l.TrimEnd()).Append('\n');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(\*\*|__|\*|`{1,3}|~~)")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"^\s*(?:[-+>]|\d+\.)\s+")]
    private static partial Regex MarkdownListMarker();
}
