namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Node, relationship and property counts of the whole graph.</summary>
public sealed record GraphCounts(long Nodes, long Relationships, long Properties);
