namespace KnowledgeGraph.Worker.Hosting;

/// <summary>Where results (summaries, loops) are printed: standard output, replaceable in tests. Logs go to standard error.</summary>
internal sealed class WorkerConsole
{
    public TextWriter Out { get; init; } = Console.Out;
}
