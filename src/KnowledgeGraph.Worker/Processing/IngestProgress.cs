using KnowledgeGraph.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>
/// Progress of a pass over many documents: a live bar (documents, entities, relations, rate) on a terminal,
/// a plain log line every few seconds when output is redirected.
/// </summary>
internal sealed class IngestProgress(ConsoleLogLevel consoleLevel, TimeProvider time, ILogger<IngestProgress> log)
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);

    /// <summary>True when both console streams are a terminal (not redirected), so a live display is safe.</summary>
    public static bool IsInteractive => !Console.IsErrorRedirected && !Console.IsOutputRedirected;

    /// <summary>Runs <paramref name="work"/>, which calls the given callback once per document done.</summary>
    public async Task RunAsync(int total, Func<Action<DocumentOutcome>, Task> work)
    {
        var counts = new Counts(time.GetTimestamp());
        if (!IsInteractive || total < 2)
        {
            var lastLog = time.GetTimestamp();
            await work(o =>
            {
                counts.Add(o);
                if (time.GetElapsedTime(lastLog) >= LogEvery)
                {
                    lastLog = time.GetTimestamp();
                    log.LogInformation("Progress: {Done}/{Total} documents, {Entities} entities, {Relations} relations, {Rate:0.0} documents/s",
                        counts.Done, total, counts.Entities, counts.Relations, counts.Rate(time));
                }
            });
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        using var quiet = consoleLevel.Quiet();
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("documents", maxValue: total);
                await work(o =>
                {
                    counts.Add(o);
                    task.Increment(1);
                    task.Description = $"{counts.Done}/{total} documents, {counts.Entities} entities, {counts.Relations} relations, {counts.Rate(time):0.0}/s";
                });
            });
    }

    private sealed class Counts(long started)
    {
        public int Done { get; private set; }
        public int Entities { get; private set; }
        public int Relations { get; private set; }

        public void Add(DocumentOutcome o)
        {
            Done++;
            Entities += o.Extraction?.Entities.Count ?? 0;
            Relations += o.Extraction?.Relations.Count ?? 0;
        }

        public double Rate(TimeProvider time) => Done / Math.Max(time.GetElapsedTime(started).TotalSeconds, 1e-3);
    }
}
