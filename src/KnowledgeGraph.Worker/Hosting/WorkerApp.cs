using KnowledgeGraph.Worker.Cli;
using KnowledgeGraph.Worker.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace KnowledgeGraph.Worker.Hosting;

/// <summary>Parses the command line, builds the host, checks the settings, runs the mode and returns its exit code.</summary>
internal static class WorkerApp
{
    /// <summary>Prefix of the environment variables read as settings: <c>KG__Neo4j__Uri</c> is <c>Neo4j:Uri</c>.</summary>
    public const string EnvironmentPrefix = "KG__";

    public static async Task<int> RunAsync(string[] args, Action<HostApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        if (CommandLine.IsHelp(args))
        {
            Console.Out.WriteLine(CommandLine.Usage);
            return args.Length == 0 ? 2 : 0;
        }

        WorkerCommand command;
        string[] configArgs;
        try
        {
            (command, configArgs) = CommandLine.Parse(args);
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message} (run with --help for usage)");
            return 2;
        }

        using var host = Build(command, configArgs, configure);
        if (SettingErrors(host) is { Count: > 0 } errors)
        {
            foreach (var line in errors)
            {
                Console.Error.WriteLine($"error: {line}");
            }

            return 2;
        }

        var exitCode = host.Services.GetRequiredService<ExitCode>();
        await host.RunAsync(cancellationToken);
        return exitCode.Value;
    }

    public static IHost Build(WorkerCommand command, string[] configArgs, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration
            .AddJsonFile(new PhysicalFileProvider(AppContext.BaseDirectory), "appsettings.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddCommandLine(configArgs);

        var consoleLevel = new ConsoleLogLevel();
        builder.Services.AddSingleton(consoleLevel);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        var configuration = builder.Configuration;
        builder.Services.AddSerilog(
            (_, logger) => logger.ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(
                typeof(ConsoleLoggerConfigurationExtensions).Assembly,
                typeof(FileLoggerConfigurationExtensions).Assembly,
                typeof(CompactJsonFormatter).Assembly)
            {
                OnLevelSwitchCreated = (name, levelSwitch) =>
                {
                    if (name == ConsoleLogLevel.SwitchName)
                    {
                        consoleLevel.Switch = levelSwitch;
                    }
                },
            }),
            preserveStaticLogger: true);
        builder.Services.AddWorker(builder.Configuration, command);
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Runs the start-up validation of every options class; one line per bad setting.</summary>
    internal static IReadOnlyList<string> SettingErrors(IHost host)
    {
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return OptionsErrors.Lines(ex, configuration);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException or InvalidOperationException))
        {
            return [.. ex.InnerExceptions.SelectMany(e => e is OptionsValidationException o ? OptionsErrors.Lines(o, configuration) : [FirstLine(e.Message)])];
        }
        catch (InvalidOperationException ex)
        {
            // The binder's "Failed to convert configuration value at 'Neo4j:BatchSize' to type 'System.Int32'."
            return [FirstLine(ex.Message)];
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
