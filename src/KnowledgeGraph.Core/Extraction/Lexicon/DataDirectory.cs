namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>Finds the shipped <c>data/</c> folder: beside the program, or (running from a checkout) at the repository root.</summary>
public static class DataDirectory
{
    public static string Find()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(Path.Combine(beside, "gazetteer")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(candidate, "gazetteer")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"the data folder (data/gazetteer) was not found beside {AppContext.BaseDirectory} or above it");
    }
}
