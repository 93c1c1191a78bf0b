namespace KnowledgeGraph.Neo4j;

/// <summary>One Cypher statement with its parameters (values: strings, numbers, booleans, lists, maps, null).</summary>
public sealed record Neo4jStatement(string Cypher, IReadOnlyDictionary<string, object?>? Parameters = null);
