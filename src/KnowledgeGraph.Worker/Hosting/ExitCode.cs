namespace KnowledgeGraph.Worker.Hosting;

/// <summary>The exit code the command settled on; the host returns it once stopped.</summary>
internal sealed class ExitCode
{
    public int Value { get; set; }
}
