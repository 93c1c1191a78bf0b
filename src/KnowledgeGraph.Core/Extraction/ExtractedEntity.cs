namespace KnowledgeGraph.Extraction;

/// <summary>A company or person read from one document.</summary>
/// <param name="Type"><c>Company</c> or <c>Person</c> (see <see cref="Graph.NodeLabels"/>).</param>
/// <param name="Key">Stable lowercase slug of the canonical English name.</param>
/// <param name="Name">Canonical English name.</param>
/// <param name="NameAr">Canonical Arabic name, when known.</param>
/// <param name="Mentions">Every surface form seen in the document, in order of first appearance.</param>
public sealed record ExtractedEntity(string Type, string Key, string Name, string? NameAr, IReadOnlyList<string> Mentions);
