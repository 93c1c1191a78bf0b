using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>How a Neo4j target is named in log lines: address and database, never the user info or password.</summary>
internal static class Neo4jTarget
{
    public static string Describe(Neo4jOptions options) =>
        options.Uri is { IsAbsoluteUri: true } uri
            ? $"Neo4j at {uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/')} (database {options.Database})"
            : "Neo4j";
}
