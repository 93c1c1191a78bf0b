namespace KnowledgeGraph.Text;

/// <summary>A sentence: its place in the document and its text, verbatim (trimmed).</summary>
public sealed record Sentence(int Index, int Start, int End, string Text);
