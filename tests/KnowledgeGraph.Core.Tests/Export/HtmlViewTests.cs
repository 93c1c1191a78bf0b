using System.Text.RegularExpressions;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Export;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Core.Tests.Export;

public class HtmlViewTests
{
    private static GraphModel Graph(string openAiName = "OpenAI") => GraphModel.Build(
    [
        new DocumentExtraction("corpus/seeds/001.txt", "doc1", "إنفيديا و OpenAI", "ar",
            [new("Company", "nvidia", "Nvidia", "إنفيديا", ["إنفيديا", "NVIDIA"]), new("Company", "openai", openAiName, null, ["OpenAI"])],
            [new(RelTypes.InvestsIn, "nvidia", "openai", 100e9, "100 مليار دولار", "stalled", null, "استثمار إنفيديا في OpenAI تعثر."),
             new(RelTypes.BuysFrom, "openai", "nvidia", null, null, "reported", null, "تشتري OpenAI رقائق إنفيديا.")],
            []),
    ]);

    private static FinancingLoop Loop(GraphModel graph) => new(
    [
        new LoopEdge(RelTypes.InvestsIn, "nvidia", "Nvidia", "openai", "OpenAI", 100e9, "stalled", [], []),
        new LoopEdge(RelTypes.BuysFrom, "openai", "OpenAI", "nvidia", "Nvidia", null, "reported", [], []),
    ]);

    [Fact]
    public void Render_NoHttpUrlOutsideComments_NothingLoadsFromTheNetwork()
    {
        var graph = Graph();
        var html = HtmlView.Render(graph, [Loop(graph)]);

        // The only URLs are in the library's licence comments; a comment cannot load anything.
        var comments = Regex.Matches(html, @"/\*.*?\*/|<!--.*?-->", RegexOptions.Singleline).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var urls = Regex.Matches(html, @"https?://", RegexOptions.IgnoreCase).Select(m => m.Index).ToList();
        Assert.All(urls, at => Assert.Contains(comments, c => c.Index < at && at < c.End));
        Assert.DoesNotMatch(@"<(script|link|img|iframe)[^>]+(src|href)\s*=", html);
        Assert.DoesNotContain("@import", html);
        // And the page forbids loading anything, whatever a later change might add.
        Assert.Contains("content=\"default-src 'none';", html);
    }

    [Fact]
    public void Render_NameClosingTheScriptElement_StaysInsideTheData()
    {
        var html = HtmlView.Render(Graph("</script><script>alert(1)</script>"), []);

        // Three script elements: data, library, page code. A fourth "</script" would mean the data broke out.
        Assert.Equal(3, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
        Assert.Contains(@"\u003C/script\u003E\u003Cscript\u003Ealert(1)", html);
    }

    [Fact]
    public void Render_TitleWithMarkup_IsEncoded()
    {
        var html = HtmlView.Render(Graph(), [], "<b>AI & money</b>");

        Assert.Contains("<title>&lt;b&gt;AI &amp; money&lt;/b&gt;</title>", html);
    }

    [Fact]
    public void Render_ArabicText_IsWrittenAsIsNotEscaped()
    {
        var html = HtmlView.Render(Graph(), []);

        Assert.Contains("إنفيديا", html);
        Assert.Contains("تشتري OpenAI رقائق إنفيديا.", html);
    }

    [Fact]
    public void Render_InlinesTheLibraryWithItsLicence()
    {
        var html = HtmlView.Render(Graph(), []);

        Assert.Contains("The Cytoscape Consortium", html);
        Assert.Contains("Permission is hereby granted, free of charge", html);
        Assert.Contains("cytoscape(", html);
    }

    [Fact]
    public void Render_LoopEdges_ReferToDrawnEdges()
    {
        var graph = Graph();
        var html = HtmlView.Render(graph, [Loop(graph)]);

        Assert.Contains("\"edges\":[\"INVESTS_IN:Company:nvidia\\u003ECompany:openai\",\"BUYS_FROM:Company:openai\\u003ECompany:nvidia\"]", html);
        Assert.Contains("\"id\":\"INVESTS_IN:Company:nvidia\\u003ECompany:openai\"", html);
        Assert.Contains("\"title\":\"Nvidia → OpenAI → Nvidia\"", html);
    }

    [Fact]
    public void Write_PathIsAFolder_FailsAndLeavesNoTempFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "graph.html"));
        try
        {
            Assert.ThrowsAny<IOException>(() => HtmlView.Write(Graph(), [], Path.Combine(folder, "graph.html")));
            Assert.False(File.Exists(Path.Combine(folder, "graph.html.tmp")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Write_MissingFolder_CreatesItAndWritesUtf8WithoutBom()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-html-" + Guid.NewGuid().ToString("N"), "out");
        var path = Path.Combine(folder, "graph.html");
        try
        {
            HtmlView.Write(Graph(), [], path);

            var bytes = File.ReadAllBytes(path);
            Assert.NotEqual(0xEF, bytes[0]);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path));
            Assert.False(File.Exists(path + ".tmp"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
