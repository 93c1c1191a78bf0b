using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Documents;

/// <summary>Reads .txt, .md, .html and .htm files into <see cref="SourceDocument"/>s. (Placeholder: UTF-8 text only; full decoding comes with the extraction issue.)</summary>
public sealed class DocumentReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm" };

    /// <summary>Expands files and folders (recursively) into the document files they hold, in a stable order.</summary>
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
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8).Normalize(NormalizationForm.FormC);
        }
        catch (IOException ex)
        {
            throw new DocumentReadException(path, ex.Message, ex);
        }

        var title = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        var arabic = text.Count(c => c is >= '\u0600' and <= '\u06FF');
        var latin = text.Count(char.IsAsciiLetter);
        return new SourceDocument(path, text, title, Keys.DocumentKey(text), arabic >= latin ? "ar" : "en");
    }
}
