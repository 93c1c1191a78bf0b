namespace KnowledgeGraph.Browser.Tests;

/// <summary>Folders of the repository and of the shared corpus next to it, found from the test's base directory.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "seeds"));

    public static string Samples => Path.Combine(Root, "samples");
}
