using System.Text;
using KnowledgeGraph.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class DocumentBadInputTests : IDisposable
{
    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
        0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
        0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
        0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    private readonly TempFolder _folder = new();
    private readonly DocumentReader _reader = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_EmptyFile_SaysEmpty()
    {
        AssertFails(_folder.Write("empty.txt", []), "empty file");
    }

    [Fact]
    public void Read_OnlyWhitespace_SaysNoText()
    {
        AssertFails(_folder.Write("blank.md", "\n   \r\n\t\n"), "no text");
    }

    [Fact]
    public void Read_PngBytesNamedTxt_SaysBinary()
    {
        AssertFails(_folder.Write("photo.txt", Png), "binary file");
    }

    [Fact]
    public void Read_NulBytes_SaysBinary()
    {
        AssertFails(_folder.Write("zeros.txt", new byte[4096]), "binary file");
    }

    [Fact]
    public void Read_TextWithNulBytesInside_SaysBinary()
    {
        AssertFails(_folder.Write("odd.txt", [.. "Nvidia invests"u8, 0, 0, 0, .. " in OpenAI and many other companies."u8]), "binary file");
    }

    [Fact]
    public void Read_Latin1Text_SaysUndecodable()
    {
        var bytes = Encoding.Latin1.GetBytes("Le fonds français a investi dans la société Mistral à Paris, très tôt.");

        AssertFails(_folder.Write("latin1.txt", bytes), "undecodable bytes");
    }

    [Fact]
    public void Read_Utf8ArabicWithACorruptByte_SaysUndecodableInsteadOfReadingGarbage()
    {
        // One broken byte in a UTF-8 Arabic file must not make it "Windows-1256": that reads as mojibake.
        var bytes = Encoding.UTF8.GetBytes("أعلنت شركة إنفيديا أنها ستستثمر في شركة أوبن إيه آي الناشئة خلال العام المقبل.");
        bytes[20] = 0xFF;

        var error = AssertFails(_folder.Write("broken.txt", bytes), "undecodable bytes");
        Assert.Contains("not valid UTF-8 at byte 20", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BomSaysUtf8ButBytesAreNot_SaysUndecodable()
    {
        AssertFails(_folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "Nvidia "u8, 0xC3, 0x28, .. " OpenAI"u8]), "undecodable bytes");
    }

    [Fact]
    public void Read_FileOfFiftyMegabytes_SaysTooLargeWithoutReadingIt()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(50L * 1024 * 1024); // sparse on most file systems: nothing is written
        }

        try
        {
            var error = AssertFails(path, "file too large");
            Assert.Contains("50.0 MB", error.Reason, StringComparison.Ordinal);
            Assert.Contains("limit is 20 MB", error.Reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_FileLargerThanAConfiguredLimit_SaysTooLarge()
    {
        var reader = new DocumentReader { MaxFileBytes = 1024 };
        var path = _folder.Write("long.txt", new string('a', 2048) + " Nvidia.");

        var error = Assert.Throws<DocumentReadException>(() => reader.Read(path));

        Assert.Contains("file too large", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileDeletedAfterListing_SaysItDisappeared()
    {
        _folder.Write("news/a.txt", "Nvidia invests in OpenAI.");
        var gone = _folder.Write("news/b.txt", "Oracle sells to OpenAI.");
        var files = DocumentReader.Expand([Path.Combine(_folder.Path, "news")]);

        File.Delete(gone);

        Assert.Equal(2, files.Count);
        Assert.Equal("Nvidia invests in OpenAI.", _reader.Read(files[0]).Text);
        AssertFails(files[1], "file not found");
    }

    [Fact]
    public void Read_FolderDeletedAfterListing_SaysItDisappeared()
    {
        var path = _folder.Write("gone/c.txt", "Nvidia invests in OpenAI.");
        var files = DocumentReader.Expand([Path.Combine(_folder.Path, "gone")]);

        Directory.Delete(Path.Combine(_folder.Path, "gone"), recursive: true);

        AssertFails(Assert.Single(files), "file not found");
    }

    [Theory]
    [InlineData("report.pdf", ".pdf")]
    [InlineData("data.json", ".json")]
    [InlineData("README", "no extension")]
    public void Read_UnsupportedExtension_SaysWhichTypesAreRead(string name, string shown)
    {
        var error = AssertFails(_folder.Write(name, "Nvidia invests in OpenAI."), "unsupported file type");

        Assert.Contains(shown, error.Reason, StringComparison.Ordinal);
        Assert.Contains(".txt, .md, .html, .htm", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FolderNamedLikeAFile_SaysItIsAFolder()
    {
        var path = Path.Combine(_folder.Path, "looks-like.txt");
        Directory.CreateDirectory(path);

        AssertFails(path, "is a folder");
    }

    private DocumentReadException AssertFails(string path, string reason)
    {
        var error = Assert.Throws<DocumentReadException>(() => _reader.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Contains(error.Reason, error.Message, StringComparison.Ordinal);
        return error;
    }
}
