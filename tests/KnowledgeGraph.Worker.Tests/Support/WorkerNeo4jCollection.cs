namespace KnowledgeGraph.Worker.Tests.Support;

[CollectionDefinition(Name)]
public sealed class WorkerNeo4jCollection : ICollectionFixture<WorkerNeo4jServer>
{
    public const string Name = "worker-neo4j";
}
