using System.Text;
using KnowledgeGraph.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class DocumentBatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ReadEach_BadFilesAmongGoodOnes_EveryGoodFileIsStillRead()
    {
        _folder.Write("in/01-good.txt", "أعلنت شركة إنفيديا استثمار 5 مليارات دولار في إنتل.");
        _folder.Write("in/02-empty.txt", []);
        _folder.Write("in/03-good.md", "# Oracle\n\nOpenAI buys capacity from Oracle.");
        _folder.Write("in/04-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]);
        _folder.Write("in/05-vanishes.txt", "Nvidia invests in OpenAI.");
        _folder.Write("in/sub/06-good.html", "<html><body><article><p>Microsoft invested in OpenAI.</p></article></body></html>");
        _folder.Write("in/sub/07-undecodable.txt", Encoding.Latin1.GetBytes("Société générale à Paris, où l'été."));
        _folder.Write("in/sub/08-good.htm", "<p>AMD partners with OpenAI.</p>");
        _folder.Write("in/sub/ignored.png", [0x89, 0x50]);
        var huge = Path.Combine(_folder.Path, "in", "sub", "09-huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var files = DocumentReader.Expand([Path.Combine(_folder.Path, "in")]);
        File.Delete(Path.Combine(_folder.Path, "in", "05-vanishes.txt"));
        var reader = new DocumentReader();
        var read = new List<SourceDocument>();
        var errors = new List<DocumentReadException>();
        foreach (var file in files)
        {
            try
            {
                read.Add(reader.Read(file));
            }
            catch (DocumentReadException ex)
            {
                errors.Add(ex);
            }
        }

        File.Delete(huge);
        Assert.Equal(9, files.Count);
        Assert.Equal(["01-good.txt", "03-good.md", "06-good.html", "08-good.htm"], read.Select(d => Path.GetFileName(d.Path)));
        var expected = new (string File, string Reason)[]
        {
            ("02-empty.txt", "empty file"), ("04-binary.txt", "binary file"), ("05-vanishes.txt", "file not found"),
            ("07-undecodable.txt", "undecodable bytes"), ("09-huge.txt", "file too large"),
        };
        Assert.Equal(expected.Length, errors.Count);
        foreach (var ((file, reason), error) in expected.Zip(errors))
        {
            Assert.Equal(file, Path.GetFileName(error.FilePath));
            Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        }
    }
}
