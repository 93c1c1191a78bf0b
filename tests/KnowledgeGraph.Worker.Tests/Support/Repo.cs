namespace KnowledgeGraph.Worker.Tests.Support;

/// <summary>Paths of the repository the tests run from (found by walking up to KnowledgeGraph.sln).</summary>
internal static class Repo
{
    public static string Root => KnowledgeGraph.Testing.TestRepository.Root;

    public static string Samples => KnowledgeGraph.Testing.TestRepository.Samples;

    public static string Seeds => KnowledgeGraph.Testing.TestRepository.Seeds;

    /// <summary>The built worker beside the tests (the project reference copies it).</summary>
    public static string WorkerDll => Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Worker.dll");
}
