namespace KnowledgeGraph.Worker.Cli;

/// <summary>What the command line asked for: a mode, its inputs and its options.</summary>
internal sealed record WorkerCommand(string Mode, IReadOnlyList<string> Inputs)
{
    public string? JsonPath { get; init; }
    public string? HtmlPath { get; init; }
    public string? CypherPath { get; init; }
    public string? OutputFolder { get; init; }
    public int? MaxLength { get; init; }
    public double? MinAmountUsd { get; init; }
    public string? Company { get; init; }
}
