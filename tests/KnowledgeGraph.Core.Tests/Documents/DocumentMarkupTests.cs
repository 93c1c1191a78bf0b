using KnowledgeGraph.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class DocumentMarkupTests : IDisposable
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8">
          <title>صحيفة الاقتصاد | أمازون تضخ أموالا جديدة في أنثروبيك</title>
          <style>.menu { color: red; }</style>
          <script>var tracker = "Microsoft invests in Google";</script>
        </head>
        <body>
          <header><a href="/">صحيفة الاقتصاد</a><nav><a href="/tech">تقنية</a> <a href="/markets">أسواق</a></nav></header>
          <nav class="breadcrumbs">الرئيسية &gt; تقنية</nav>
          <main>
            <article>
              <h1>أمازون تضخ أموالا جديدة في أنثروبيك</h1>
              <p>أعلنت شركة <a href="/t/amazon">أمازون</a> أنها ستستثمر <strong>4 مليارات دولار</strong> إضافية في أنثروبيك.</p>
              <p>وتستخدم أنثروبيك رقائق Trainium&nbsp;2 في تدريب نماذجها &amp; تشغيلها.</p>
              <aside>اقرأ أيضا: عشرة أسهم تقنية للشراء</aside>
              <script>document.write("Oracle buys from Intel");</script>
            </article>
          </main>
          <aside>الأكثر قراءة</aside>
          <footer>جميع الحقوق محفوظة © 2025 — اشترك في النشرة</footer>
          <form><button>اشترك</button></form>
        </body>
        </html>
        """;

    private readonly TempFolder _folder = new();
    private readonly DocumentReader _reader = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("page.html")]
    [InlineData("page.htm")]
    [InlineData("PAGE.HTML")]
    public void Read_NewsPage_KeepsTheArticleTextOnly(string name)
    {
        var document = _reader.Read(_folder.Write(name, NewsPage));

        Assert.Equal(
            "أمازون تضخ أموالا جديدة في أنثروبيك\n" +
            "أعلنت شركة أمازون أنها ستستثمر 4 مليارات دولار إضافية في أنثروبيك.\n" +
            "وتستخدم أنثروبيك رقائق Trainium 2 في تدريب نماذجها & تشغيلها.",
            document.Text);
        Assert.Equal("أمازون تضخ أموالا جديدة في أنثروبيك", document.Title);
        Assert.Equal("ar", document.Language);
        foreach (var junk in new[] { "tracker", "Oracle", "تقنية", "الرئيسية", "الحقوق", "اشترك", "اقرأ أيضا", "الأكثر", "color", "<" })
        {
            Assert.DoesNotContain(junk, document.Text);
        }
    }

    [Fact]
    public void Read_ArabicPageInWindows1256_DecodesTheArticle()
    {
        // Older Arabic news sites still serve Windows-1256 pages, with markup, scripts and styles in Latin letters.
        const string html = """
            <html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
            <title>اقتصاد</title>
            <link rel="stylesheet" type="text/css" href="/static/css/main-layout-responsive.css">
            <script type="text/javascript" src="/static/js/analytics-and-advertising-loader.js"></script>
            <style>body { font-family: Tahoma, Arial, sans-serif; background-color: #ffffff; margin: 0 auto; }</style>
            </head><body><div class="container-fluid main-content-wrapper"><div class="row article-row">
            <p class="article-paragraph">وقعت شركة أرامكو اتفاقا مع جروك.</p>
            </div></div></body></html>
            """;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

        var document = _reader.Read(_folder.Write("old.htm", System.Text.Encoding.GetEncoding(1256).GetBytes(html)));

        Assert.Equal("وقعت شركة أرامكو اتفاقا مع جروك.", document.Text);
        Assert.Equal("اقتصاد", document.Title);
    }

    [Theory]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-8", true)]
    public void Read_NewsPageInAnotherUnicodeEncoding_ReadsTheSameArticle(string encoding, bool bom)
    {
        var utf8 = _reader.Read(_folder.Write("a.html", NewsPage));

        var other = _reader.Read(_folder.Write("b.html", DocumentEncodingTests.Encode(NewsPage, encoding, bom)));

        Assert.Equal(utf8.Text, other.Text);
        Assert.Equal(utf8.Title, other.Title);
    }

    [Fact]
    public void Read_PageWithoutH1_TakesTheTitleElement()
    {
        const string html = "<html><head><title>Nvidia backs xAI</title></head><body><p>Nvidia invested $2 billion in xAI.</p></body></html>";

        var document = _reader.Read(_folder.Write("news.htm", html));

        Assert.Equal("Nvidia backs xAI", document.Title);
        Assert.Equal("Nvidia invested $2 billion in xAI.", document.Text);
        Assert.Equal("en", document.Language);
    }

    [Fact]
    public void Read_ArticleWithItsOwnHeader_KeepsItsHeadline()
    {
        // HTML5 articles often wrap their headline in <header>; only the page's header is navigation.
        const string html = """
            <html><body>
            <header><h1>Tech Daily</h1><nav>Home</nav></header>
            <article><header><h1>AMD wins an OpenAI order</h1><p class="byline">By a staff writer</p></header>
            <p>OpenAI agreed to buy AMD chips.</p><footer>Tags: chips</footer></article>
            </body></html>
            """;

        var document = _reader.Read(_folder.Write("amd.html", html));

        Assert.Equal("AMD wins an OpenAI order", document.Title);
        Assert.StartsWith("AMD wins an OpenAI order\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("OpenAI agreed to buy AMD chips.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tech Daily", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tags", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextInDivsAndLineBreaks_IsKeptWithWordsApart()
    {
        const string html = """
            <html><body><div class="story">
            <p>Microsoft invested in OpenAI.</p>
            <div>OpenAI buys cloud capacity from Microsoft.<br>The deal runs for years.</div>
            Oracle also sells capacity to OpenAI.
            <ul><li>Nvidia</li><li>AMD</li></ul>
            </div></body></html>
            """;

        var document = _reader.Read(_folder.Write("divs.html", html));

        Assert.Equal(
            "Microsoft invested in OpenAI.\nOpenAI buys cloud capacity from Microsoft.\nThe deal runs for years.\nOracle also sells capacity to OpenAI.\nNvidia\nAMD",
            document.Text);
    }

    [Fact]
    public void Read_HtmlWithOnlyScripts_FailsAsHavingNoText()
    {
        var path = _folder.Write("empty.html", "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>");

        var error = Assert.Throws<DocumentReadException>(() => _reader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains("no text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Markdown_KeepsTheWordsNotTheMarkup()
    {
        const string md = """
            # إنفيديا تستثمر في **xAI**

            أعلنت [إنفيديا](https://example.com/nvidia) أنها ستشارك في جولة تمويل *xAI*.

            - الجولة بقيمة 20 مليار دولار
            - تقودها `Valor`
            1. ![شعار](logo.png) المصدر
            """;

        var document = _reader.Read(_folder.Write("note.md", md));

        Assert.Equal("إنفيديا تستثمر في xAI", document.Title);
        Assert.Equal(
            "إنفيديا تستثمر في xAI\n\nأعلنت إنفيديا أنها ستشارك في جولة تمويل xAI.\n\nالجولة بقيمة 20 مليار دولار\nتقودها Valor\nشعار المصدر",
            document.Text);
        Assert.DoesNotContain("http", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MarkdownWithFrontMatter_TitleIsTheHeadingNotTheFence()
    {
        const string md = "---\nauthor: desk\n---\n\n## Broadcom signs with OpenAI\n\nBroadcom will supply custom chips to OpenAI.\n";

        var document = _reader.Read(_folder.Write("front.md", md));

        Assert.Equal("Broadcom signs with OpenAI", document.Title);
        Assert.DoesNotContain("author", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PlainText_TitleIsTheFirstLineWithWords()
    {
        var document = _reader.Read(_folder.Write("plain.txt", "\n\n   \nCoreWeave raises debt\nCoreWeave raised $7.5 billion.\n"));

        Assert.Equal("CoreWeave raises debt", document.Title);
        Assert.Equal("CoreWeave raises debt\nCoreWeave raised $7.5 billion.", document.Text);
    }
}
