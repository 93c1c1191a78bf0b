namespace KnowledgeGraph.Worker.Tests.Support;

/// <summary>Paths of the repository the tests run from (found by walking up to KnowledgeGraph.sln).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus", "seeds"));

    /// <summary>The built worker beside the tests (the project reference copies it).</summary>
    public static string WorkerDll => Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Worker.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
