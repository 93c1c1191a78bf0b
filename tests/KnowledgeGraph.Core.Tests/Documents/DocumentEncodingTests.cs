using System.Text;
using KnowledgeGraph.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class DocumentEncodingTests : IDisposable
{
    // Written for these tests (not from the seeds): Arabic with an Arabic-Indic amount, and English.
    private const string Arabic = "وقعت مجموعة \"جي 42\" الإماراتية اتفاقية مع شركة كوالكوم لشراء رقائق بقيمة ١٢ مليار دولار.\nوقال رئيس المجموعة إن الصفقة تدعم مراكز البيانات في أبوظبي.";
    private const string ArabicRead = "وقعت مجموعة \"جي 42\" الإماراتية اتفاقية مع شركة كوالكوم لشراء رقائق بقيمة 12 مليار دولار.\nوقال رئيس المجموعة إن الصفقة تدعم مراكز البيانات في أبوظبي.";
    private const string English = "Qualcomm said on Tuesday that it will supply inference chips to Humain.\nThe order is worth $2 billion.";

    private readonly TempFolder _folder = new();
    private readonly DocumentReader _reader = new();

    static DocumentEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, bool> Unicode() => new()
    {
        { "utf-8", false }, { "utf-8", true },
        { "utf-16le", false }, { "utf-16le", true },
        { "utf-16be", false }, { "utf-16be", true },
    };

    [Theory]
    [MemberData(nameof(Unicode))]
    public void Read_ArabicInUnicodeEncoding_DecodesTheText(string encoding, bool bom)
    {
        var path = _folder.Write("article.txt", Encode(Arabic, encoding, bom));

        var document = _reader.Read(path);

        Assert.Equal(ArabicRead, document.Text);
        Assert.Equal("ar", document.Language);
        Assert.Equal(ArabicRead.Split('\n')[0], document.Title);
        Assert.Equal(path, document.Path);
    }

    [Theory]
    [MemberData(nameof(Unicode))]
    public void Read_EnglishInUnicodeEncoding_DecodesTheText(string encoding, bool bom)
    {
        var path = _folder.Write("article.txt", Encode(English, encoding, bom));

        var document = _reader.Read(path);

        Assert.Equal(English, document.Text);
        Assert.Equal("en", document.Language);
    }

    [Fact]
    public void Read_Windows1256Arabic_DecodesTheText()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Arabic.Replace("١٢", "12"));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes)); // really not UTF-8

        var document = _reader.Read(_folder.Write("legacy.txt", bytes));

        Assert.Equal(ArabicRead, document.Text);
        Assert.Equal("ar", document.Language);
    }

    [Fact]
    public void Read_Windows1256PersianLetters_DecodesThem()
    {
        // Windows-1256 also holds the Persian letters پ چ ژ گ.
        const string text = "قراردادی برای پردازش ابری با گوگل امضا شد و چند میلیارد دلار ارزش دارد.";
        var document = _reader.Read(_folder.Write("fa.txt", Encoding.GetEncoding(1256).GetBytes(text)));

        // Windows-1256 has no Persian yeh (ی): its writers use the Arabic one (ي), as the encoder does.
        Assert.Equal(text.Replace('ی', 'ي'), document.Text);
        Assert.Contains("پردازش", document.Text, StringComparison.Ordinal);
        Assert.Contains("گوگل", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DecomposedCharacters_AreComposedToNfc()
    {
        // Alef + hamza below (U+0627 U+0655) is إ; e + combining acute is é.
        const string decomposed = "\u0627\u0655نفيديا تدعم شركة Ne\u0301ree الناشئة.";
        var document = _reader.Read(_folder.Write("nfd.txt", decomposed));

        Assert.Equal("إنفيديا تدعم شركة Néree الناشئة.", document.Text);
        Assert.True(document.Text.IsNormalized(NormalizationForm.FormC));
        Assert.DoesNotContain('\u0655', document.Text);
    }

    [Theory]
    [InlineData("استثمرت الشركة ٣٨ مليار دولار في ٢٠٢٥.", "استثمرت الشركة 38 مليار دولار في 2025.")]
    [InlineData("استثمرت الشركة ۳۸ مليار دولار في ۲۰۲۵.", "استثمرت الشركة 38 مليار دولار في 2025.")]
    [InlineData("بلغت قيمة الصفقة ٦٫٦ مليار دولار.", "بلغت قيمة الصفقة 6.6 مليار دولار.")]
    [InlineData("جمعت ١٬٥٠٠ مليون دولار.", "جمعت 1,500 مليون دولار.")]
    public void Read_ArabicIndicAndPersianDigits_BecomeAsciiDigits(string written, string read)
    {
        var document = _reader.Read(_folder.Write("digits.txt", written));

        Assert.Equal(read, document.Text);
    }

    [Fact]
    public void Read_WindowsLineEndingsAndInvisibleMarks_AreCleaned()
    {
        var document = _reader.Read(_folder.Write("crlf.txt", "\uFEFFNvidia\u200F invests.\r\nOracle\u00A0sells."));

        Assert.Equal("Nvidia invests.\nOracle sells.", document.Text);
    }

    [Fact]
    public void Read_SameTextInTwoEncodings_GivesTheSameKey()
    {
        var utf8 = _reader.Read(_folder.Write("a.txt", Encode(Arabic, "utf-8", false)));
        var utf16 = _reader.Read(_folder.Write("b.txt", Encode(Arabic, "utf-16be", true)));

        Assert.Equal(utf8.Key, utf16.Key);
    }

    internal static byte[] Encode(string text, string encoding, bool bom)
    {
        Encoding enc = encoding switch
        {
            "utf-8" => new UTF8Encoding(bom),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: bom),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: bom),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
        return [.. enc.GetPreamble(), .. enc.GetBytes(text)];
    }
}
