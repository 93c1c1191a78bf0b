namespace KnowledgeGraph.Export.Html;

/// <summary>A spring of the force layout between two node indexes; <see cref="Weight"/> scales its pull.</summary>
internal readonly record struct LayoutEdge(int From, int To, double Weight);
