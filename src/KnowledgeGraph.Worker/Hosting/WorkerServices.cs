using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Worker.Commands;
using KnowledgeGraph.Worker.Options;
using KnowledgeGraph.Worker.Processing;
using KnowledgeGraph.Worker.Watching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Hosting;

internal static class WorkerServices
{
    /// <summary>Options, the pipeline services, the commands and the hosted runner for <paramref name="command"/>.</summary>
    public static IServiceCollection AddWorker(this IServiceCollection services, IConfiguration configuration, WorkerCommand command)
    {
        services.AddValidatedOptions<WorkerOptions>(configuration, WorkerOptions.Section);
        services.AddValidatedOptions<ExtractionOptions>(configuration, ExtractionOptions.Section);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new WorkerConsole());
        services.AddSingleton<ExitCode>();
        services.AddSingleton(command);
        services.AddSingleton<DocumentReader>();
        services.AddSingleton(sp => new Lazy<ExtractionEngine>(() =>
            ExtractionEngine.CreateDefault(sp.GetRequiredService<IOptions<ExtractionOptions>>().Value.GazetteerFiles)));
        services.AddSingleton<DocumentProcessor>();
        services.AddSingleton<GraphOutputs>();
        services.AddSingleton<IngestProgress>();
        services.AddGraphDatabase(configuration);

        services.AddKeyedSingleton<IWorkerCommand, ExtractCommand>("extract");
        services.AddKeyedSingleton<IWorkerCommand, IngestCommand>("ingest");
        services.AddKeyedSingleton<IWorkerCommand, WatchCommand>("watch");
        services.AddKeyedSingleton<IWorkerCommand, CyclesCommand>("cycles");
        services.AddKeyedSingleton<IWorkerCommand, ExportCommand>("export");
        services.AddHostedService<CommandRunner>();
        return services;
    }

    private static void AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
    {
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new SectionValidator<TOptions>(section));
    }

    /// <summary>Neo4j when <c>Neo4j:Uri</c> is set (its options then validated at start); otherwise the embedded output alone.</summary>
    private static void AddGraphDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Neo4jOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(section["Uri"]))
        {
            services.AddNeo4jGraph(section);
            services.AddSingleton<IValidateOptions<Neo4jOptions>, Neo4jUriValidator>();
            services.AddSingleton<IGraphSink, Neo4jGraphSink>();
            services.AddSingleton<ILoopSource, Neo4jLoopSource>();
        }

        services.TryAddSingleton<IGraphSink, NoGraphSink>();
        services.TryAddSingleton<ILoopSource, NoLoopSource>();
    }
}
