using System.Reflection;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The files of the repository's <c>cypher/</c> folder, embedded in this assembly at build time, so the program
/// sends exactly the text users run in Neo4j Browser (one source of truth).
/// </summary>
internal static class QueryPack
{
    public const string CircularFinancing = "circular-financing";
    public const string DocumentsByKey = "documents-by-key";

    /// <summary>The text of <c>cypher/{name}.cypher</c>, without its final semicolon.</summary>
    public static string Load(string name)
    {
        var resource = $"KnowledgeGraph.Neo4j.cypher.{name}.cypher";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the query pack file cypher/{name}.cypher is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().TrimEnd().TrimEnd(';');
    }
}
