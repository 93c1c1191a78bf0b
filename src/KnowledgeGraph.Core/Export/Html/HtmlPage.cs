using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Export.Html;

/// <summary>Puts the page together from its embedded assets, the vendored library and the data.</summary>
internal static partial class HtmlPage
{
    private const string AssetPrefix = "KnowledgeGraph.Export.Html.Assets.";
    private const string LibraryResource = "KnowledgeGraph.Export.Vendor.cytoscape.min.js";

    // The page's own scripts, concatenated in this order into one scope.
    private static readonly string[] Scripts = ["graph.js", "filters.js", "panel.js", "main.js"];

    private static readonly Lazy<string> Template = new(() =>
        Read(AssetPrefix + "page.html")
            .Replace("/*KG:STYLE*/", Read(AssetPrefix + "page.css"), StringComparison.Ordinal)
            .Replace("/*KG:LIBRARY*/", ScriptSafe(Read(LibraryResource)), StringComparison.Ordinal)
            .Replace("/*KG:APP*/", ScriptSafe(string.Join("\n", Scripts.Select(s => Read(AssetPrefix + s)))), StringComparison.Ordinal));

    /// <param name="title">Plain text; HTML-encoded here.</param>
    /// <param name="scriptJson">JSON in which '&lt;' is already escaped (see <see cref="ViewData.ToScriptJson"/>).</param>
    public static string Compose(string title, string scriptJson)
    {
        // The data first: it cannot contain the title's marker ('<' is escaped in it), while a title could
        // contain the data's.
        var page = new StringBuilder(Template.Value);
        page.Replace("/*KG:DATA*/", ScriptSafe(scriptJson));
        page.Replace("<!--KG:TITLE-->", WebUtility.HtmlEncode(title));
        return page.ToString();
    }

    // Inside <script>, only "</script" and "<!--" can end or derail the element; "<\/" means the same to JS.
    internal static string ScriptSafe(string code) =>
        ScriptEnd().Replace(code.Replace("<!--", "<\\!--", StringComparison.Ordinal), "<\\/$1");

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("</(script)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptEnd();
}
