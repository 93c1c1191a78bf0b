using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Documents;

/// <summary>
/// The article's text from an HTML page: the largest <c>article</c> (else <c>main</c>, else the body), one line per
/// block, without scripts, navigation, asides, forms or the page's header and footer.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "aside", "form", "iframe", "svg", "template", "button", "select",
        "textarea", "object", "canvas", "footer", "head", "title", "meta", "link", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "main", "header",
        "figure", "figcaption", "address", "hr", "br", "details", "summary",
    };

    public static (string Text, string? Title) Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = Largest(document.QuerySelectorAll("article")) ?? Largest(document.QuerySelectorAll("main"))
            ?? document.Body ?? document.DocumentElement;

        var sb = new StringBuilder();
        Append(root, sb);
        var lines = sb.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var text = string.Join('\n', lines);

        // The headline: the article's own h1, else the page's, else <title>.
        var title = FirstVisibleH1(root) ?? FirstVisibleH1(document.DocumentElement) ?? Collapse(document.Title ?? "").Trim();
        return (text, title.Length > 0 ? title : null);
    }

    private static IElement? Largest(IHtmlCollection<IElement> candidates) =>
        candidates.Where(c => !c.Ancestors<IElement>().Any(a => a.LocalName == c.LocalName))
            .OrderByDescending(c => c.TextContent.Length)
            .FirstOrDefault();

    private static string? FirstVisibleH1(IElement scope)
    {
        var h1 = scope.QuerySelectorAll("h1").FirstOrDefault(h => !IsHidden(h) && !h.Ancestors<IElement>().Any(IsHidden));
        if (h1 is null)
        {
            return null;
        }

        var sb = new StringBuilder();
        Append(h1, sb);
        var title = Collapse(sb.ToString()).Trim();
        return title.Length > 0 ? title : null;
    }

    private static void Append(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(Collapse(text.Data));
                    break;
                case IElement element when !IsHidden(element):
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        sb.Append('\n');
                    }

                    Append(element, sb);
                    if (block)
                    {
                        sb.Append('\n');
                    }

                    break;
            }
        }
    }

    /// <summary>Navigation and page furniture, or hidden. A header is furniture unless it heads an article.</summary>
    private static bool IsHidden(IElement element) =>
        Skipped.Contains(element.LocalName)
        || (element.LocalName == "header" && !element.Ancestors<IElement>().Any(a => a.LocalName is "article" or "main"))
        || element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true";

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        if (space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }
}
