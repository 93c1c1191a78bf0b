namespace KnowledgeGraph.Documents;

/// <summary>A decoded, cleaned document ready for extraction.</summary>
/// <param name="Path">The path as given on the command line or found in a folder.</param>
/// <param name="Text">Plain text: NFC, Arabic-Indic digits as ASCII digits, markup removed.</param>
/// <param name="Title">The first non-empty line, or the HTML title.</param>
/// <param name="Key">SHA-256 of <paramref name="Text"/> (see <see cref="Graph.Keys.DocumentKey"/>).</param>
/// <param name="Language"><c>ar</c> when Arabic letters dominate, else <c>en</c>.</param>
public sealed record SourceDocument(string Path, string Text, string Title, string Key, string Language);
