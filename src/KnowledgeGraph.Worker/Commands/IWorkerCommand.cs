using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Worker.Commands;

/// <summary>One mode of the executable. Returns the process exit code; honours <c>stoppingToken</c> between documents.</summary>
internal interface IWorkerCommand
{
    Task<int> RunAsync(WorkerCommand command, CancellationToken stoppingToken);
}
