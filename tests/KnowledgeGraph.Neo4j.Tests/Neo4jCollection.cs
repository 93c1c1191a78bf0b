namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Tests against the shared test Neo4j: use <c>[Collection(Neo4jCollection.Name)]</c>.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "neo4j";
}
