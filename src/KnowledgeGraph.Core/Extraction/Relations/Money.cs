namespace KnowledgeGraph.Extraction.Relations;

/// <summary>An amount of money read from text: its place (characters), its value in US dollars (null when vague or unknown) and its text as written.</summary>
internal sealed record Money(int Start, int End, double? AmountUsd, string Text);
