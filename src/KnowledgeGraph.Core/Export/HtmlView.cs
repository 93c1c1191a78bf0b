using System.Text;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Export.Html;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// Writes the graph as one self-contained HTML page: the drawing library, the data and the page's code are all
/// inlined, so the file opens from disk with no network. Positions come from a force-directed layout computed
/// here, which keeps a page of thousands of nodes quick to open.
/// </summary>
public static class HtmlView
{
    /// <summary>The page for <paramref name="graph"/>, with <paramref name="loops"/> highlighted and listed.</summary>
    /// <param name="graph">The merged graph.</param>
    /// <param name="loops">Circular-financing loops, usually from <c>CycleFinder.Find(graph, new CycleQuery())</c>.</param>
    /// <param name="title">The page title; defaults to "KnowledgeGraph".</param>
    public static string Render(GraphModel graph, IReadOnlyList<FinancingLoop> loops, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(loops);
        var data = ViewData.Build(graph, loops, title ?? "KnowledgeGraph");
        return HtmlPage.Compose(title ?? "KnowledgeGraph", ViewData.ToScriptJson(data));
    }

    /// <summary>Writes <see cref="Render"/> to <paramref name="path"/> (UTF-8, replaced atomically; the folder is created).</summary>
    public static void Write(GraphModel graph, IReadOnlyList<FinancingLoop> loops, string path, string? title = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var html = Render(graph, loops, title);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Readers of the path see the old page or the new one, never half of one.
        var tmp = path + ".tmp";
        try
        {
            File.WriteAllText(tmp, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(tmp, path, overwrite: true);
        }
        catch
        {
            File.Delete(tmp);
            throw;
        }
    }
}
