namespace KnowledgeGraph.Text;

public enum TokenKind
{
    Arabic,
    Latin,
    Number,
    Punctuation,
}

/// <summary>A token of a text: its place, its kind, and its matching form.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, string Norm)
{
    public int End => Start + Length;

    public bool IsWord => Kind is TokenKind.Arabic or TokenKind.Latin or TokenKind.Number;

    public string Text(string source) => source.Substring(Start, Length);
}
