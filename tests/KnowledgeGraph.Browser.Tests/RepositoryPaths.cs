namespace KnowledgeGraph.Browser.Tests;

/// <summary>Folders of the repository and of the shared corpus next to it, found from the test's base directory.</summary>
internal static class RepositoryPaths
{
    public static string Root => KnowledgeGraph.Testing.TestRepository.Root;

    public static string Seeds => KnowledgeGraph.Testing.TestRepository.Seeds;

    public static string Samples => KnowledgeGraph.Testing.TestRepository.Samples;
}
