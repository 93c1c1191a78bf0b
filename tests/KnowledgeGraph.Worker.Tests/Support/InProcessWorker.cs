using KnowledgeGraph.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Worker.Tests.Support;

/// <summary>Runs the worker's entry point in this process, with its printed results captured and its log file kept in <paramref name="logFolder"/>.</summary>
internal sealed class InProcessWorker(string logFolder, TimeProvider? time = null)
{
    private readonly StringWriter _output = new();

    public string Output => _output.ToString();

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default) =>
        WorkerApp.RunAsync(
            [.. args, $"--Serilog:WriteTo:File:Args:path={Path.Combine(logFolder, "worker-.log")}"],
            builder =>
            {
                builder.Services.AddSingleton(new WorkerConsole { Out = TextWriter.Synchronized(_output) });
                if (time is not null)
                {
                    builder.Services.AddSingleton(time);
                }
            },
            cancellationToken);
}
