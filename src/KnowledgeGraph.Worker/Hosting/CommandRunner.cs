using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Worker.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Worker.Hosting;

/// <summary>The hosted service: runs the mode the command line asked for, then stops the host. It only orchestrates.</summary>
internal sealed class CommandRunner(
    WorkerCommand command,
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ExitCode exitCode,
    ILogger<CommandRunner> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave StartAsync at once: the work runs on the thread pool, the host keeps listening for Ctrl+C / SIGTERM.
        await Task.Yield();
        try
        {
            var handler = services.GetRequiredKeyedService<IWorkerCommand>(command.Mode);
            exitCode.Value = await handler.RunAsync(command, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            log.LogInformation("Stopped on request");
            exitCode.Value = 0;
        }
        catch (LexiconFormatException ex)
        {
            // The message names the file, the line and what is wrong: a stack trace would only hide it.
            log.LogCritical("Cannot load the gazetteer: {Error}", ex.Message);
            exitCode.Value = 2;
        }
        catch (Exception ex)
        {
            log.LogCritical(ex, "{Mode} failed", command.Mode);
            exitCode.Value = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }
}
