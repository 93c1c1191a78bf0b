using KnowledgeGraph.Graph;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Documents;

/// <summary>
/// Reads .txt, .md, .html and .htm files into <see cref="SourceDocument"/>s: decoded (<see cref="TextDecoder"/>),
/// markup removed (the article's text, not its navigation), NFC, Arabic-Indic digits as digits. Every failure is a
/// <see cref="DocumentReadException"/> that names the file and the reason.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>The largest file read, in bytes (default 20 MB); a news article is a few kilobytes.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    private static readonly EnumerationOptions FolderWalk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm" };

    /// <summary>
    /// Expands files and folders (recursively) into the document files they hold, in a stable order. A path that
    /// does not exist is kept, so that reading it reports the error.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var found = Directory.Exists(input)
                ? Directory.EnumerateFiles(input, "*", FolderWalk).Where(f => Extensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal)
                : Enumerable.Repeat(input, 1);

            // A file reached twice (named and inside a named folder) is one document, read once.
            files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))));
        }

        return files;
    }

    public SourceDocument Read(string path)
    {
        var extension = Path.GetExtension(path);
        if (!Extensions.Contains(extension))
        {
            var type = extension.Length == 0 ? "no extension" : $"'{extension}'";
            throw new DocumentReadException(path, $"unsupported file type: {type} (read: .txt, .md, .html, .htm)");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                throw new DocumentReadException(path, "is a folder, not a file (name the folder itself to read what it holds)");
            }

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
            ".html" or ".htm" => HtmlText.Extract(raw),
            ".md" => (MarkdownText.Extract(raw), (string?)null),
            _ => (raw, (string?)null),
        };

        text = TextNormalizer.CleanDocumentText(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Trim();
        if (text.Length == 0 || !text.Any(char.IsLetter))
        {
            throw new DocumentReadException(path, "no text in it (empty or only markup)");
        }

        title ??= text.Split('\n').Select(l => l.Trim()).First(l => l.Any(char.IsLetter));
        if (title.Length > 200)
        {
            title = title[..200];
        }

        var arabic = text.Count(TextNormalizer.IsArabicLetter);
        var latin = text.Count(char.IsAsciiLetter);
        return new SourceDocument(path, text, TextNormalizer.CleanDocumentText(title).Trim(), Keys.DocumentKey(text), arabic >= latin * 0.5 ? "ar" : "en");
    }
}
