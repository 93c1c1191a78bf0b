namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Tests that halt the server or fail logins, on a server of their own.</summary>
[CollectionDefinition(Name)]
public sealed class ScratchCollection : ICollectionFixture<ScratchServerFixture>
{
    public const string Name = "neo4j-scratch";
}
