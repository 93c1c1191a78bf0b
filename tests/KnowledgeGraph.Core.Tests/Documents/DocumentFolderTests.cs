using KnowledgeGraph.Documents;

namespace KnowledgeGraph.Core.Tests.Documents;

public class DocumentFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Expand_Folder_FindsDocumentsRecursivelyInOrdinalOrder()
    {
        foreach (var name in new[] { "b.txt", "a.md", "Z.html", "deep/er/c.htm", "deep/a.TXT", "deep/photo.png", "deep/data.json", "notes.pdf", "x.txt.bak", "deep/er/d.txt" })
        {
            _folder.Write(name, "Nvidia invests in OpenAI.");
        }

        var files = DocumentReader.Expand([_folder.Path]);

        var relative = files.Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')).ToList();
        Assert.Equal(["Z.html", "a.md", "b.txt", "deep/a.TXT", "deep/er/c.htm", "deep/er/d.txt"], relative);
    }

    [Fact]
    public void Expand_SameFolderTwice_GivesTheSameListEachTime()
    {
        for (var i = 0; i < 30; i++)
        {
            _folder.Write($"{(i * 7919) % 30:00}/{i}.txt", "text");
        }

        var first = DocumentReader.Expand([_folder.Path]);
        var second = DocumentReader.Expand([_folder.Path]);

        Assert.Equal(30, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(first.Order(StringComparer.Ordinal), first);
    }

    [Fact]
    public void Expand_FilesAndFolders_KeepsTheArgumentOrderAndListsEachFileOnce()
    {
        var single = _folder.Write("single.txt", "Oracle sells to OpenAI.");
        var inFolder = _folder.Write("folder/one.txt", "Nvidia invests in OpenAI.");
        var missing = Path.Combine(_folder.Path, "missing.txt");

        var files = DocumentReader.Expand([single, Path.Combine(_folder.Path, "folder"), missing, inFolder, single]);

        // A missing path is kept so that reading it reports the error; a file named twice is read once.
        Assert.Equal([single, inFolder, missing], files);
    }

    [Fact]
    public void Expand_FileWithUnsupportedExtensionNamedExplicitly_IsKeptSoReadingReportsIt()
    {
        var pdf = _folder.Write("report.pdf", "%PDF-1.7");

        Assert.Equal([pdf], DocumentReader.Expand([pdf]));
    }

    [Fact]
    public void Expand_HiddenFilesAndFolders_AreLeftOut()
    {
        var visible = _folder.Write("news/a.txt", "Nvidia invests in OpenAI.");
        _folder.Write("news/._a.txt", [0, 5, 22, 7, 0, 2, 0, 0]); // macOS resource fork beside a copied file
        _folder.Write("news/.cache/b.txt", "Oracle sells to OpenAI.");

        Assert.Equal([visible], DocumentReader.Expand([Path.Combine(_folder.Path, "news")]));
    }

    [Fact]
    public void Expand_EmptyFolder_GivesNothing()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "empty"));

        Assert.Empty(DocumentReader.Expand([Path.Combine(_folder.Path, "empty")]));
    }
}
