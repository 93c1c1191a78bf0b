using System.Globalization;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Parses <c>mode inputs... [--options]</c>. Arguments of the form <c>--Section:Key=value</c> (or
/// <c>--Section:Key value</c>) are configuration overrides, handed to the host's configuration as they are.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        usage: KnowledgeGraph.Worker <mode> [arguments] [--Section:Key=value ...]
          ingest  <files or folders...> [--out DIR]             one pass: graph.json, graph.cypher, report.md, graph.html in DIR (and Neo4j when configured)
          watch   <folder> [--out DIR]                          ingest, then keep ingesting new and changed files (ledger in DIR)
          extract <files or folders...> [--json FILE]           the extraction export and a summary
          cycles  <files or folders...> [--max-length N] [--min-amount X] [--company NAME]
                                                                circular-financing loops (from Neo4j when configured)
          export  <files or folders...> [--html FILE] [--json FILE] [--cypher FILE]
        options for every mode: --log-json (compact JSON log lines on the console), --Neo4j:Uri=..., --Worker:OutputFolder=...
        """;

    /// <summary>Longest loop asked for; Neo4j's variable-length search grows too fast beyond it.</summary>
    public const int MaxLoopLength = KnowledgeGraph.Neo4j.Neo4jCycleFinder.MaxSupportedLength;

    private static readonly Dictionary<string, string[]> OptionsByMode = new(StringComparer.Ordinal)
    {
        ["ingest"] = ["--out"],
        ["watch"] = ["--out"],
        ["extract"] = ["--json"],
        ["cycles"] = ["--max-length", "--min-amount", "--company"],
        ["export"] = ["--html", "--json", "--cypher"],
    };

    public static bool IsHelp(IReadOnlyList<string> args) =>
        args.Count == 0 || args[0] is "help" or "--help" or "-h" or "-?";

    /// <summary>Splits <paramref name="args"/> into the command and the configuration overrides.</summary>
    public static (WorkerCommand Command, string[] ConfigArgs) Parse(IReadOnlyList<string> args)
    {
        if (IsHelp(args))
        {
            throw new UsageException("no mode given");
        }

        var mode = args[0];
        if (!OptionsByMode.TryGetValue(mode, out var allowed))
        {
            throw new UsageException($"unknown mode '{mode}' (expected one of: {string.Join(", ", OptionsByMode.Keys)})");
        }

        var inputs = new List<string>();
        var config = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--log-json")
            {
                config.Add("--Serilog:WriteTo:Console:Args:formatter=Serilog.Formatting.Compact.CompactJsonFormatter, Serilog.Formatting.Compact");
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                config.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal))
                {
                    config.Add(Next(args, ref i, arg));
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (!allowed.Contains(arg))
                {
                    throw new UsageException($"'{arg}' is not an option of '{mode}'");
                }

                values[arg] = Next(args, ref i, arg);
            }
            else
            {
                inputs.Add(arg);
            }
        }

        // cycles may read Neo4j alone; it says so itself when there is neither a database nor a document.
        if (inputs.Count == 0 && mode != "cycles")
        {
            throw new UsageException($"'{mode}' needs at least one file or folder");
        }

        if (mode == "watch" && inputs.Count != 1)
        {
            throw new UsageException("'watch' takes exactly one folder");
        }

        var command = new WorkerCommand(mode, inputs)
        {
            JsonPath = values.GetValueOrDefault("--json"),
            HtmlPath = values.GetValueOrDefault("--html"),
            CypherPath = values.GetValueOrDefault("--cypher"),
            OutputFolder = values.GetValueOrDefault("--out"),
            Company = values.GetValueOrDefault("--company"),
            MaxLength = values.TryGetValue("--max-length", out var max) ? ParseMaxLength(max) : null,
            MinAmountUsd = values.TryGetValue("--min-amount", out var min) ? ParseAmount(min) : null,
        };
        return (command, [.. config]);
    }

    private static string Next(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count)
        {
            throw new UsageException($"'{name}' needs a value");
        }

        return args[++i];
    }

    private static int ParseMaxLength(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= MaxLoopLength
            ? n
            : throw new UsageException($"--max-length must be a whole number from 2 to {MaxLoopLength} (got '{text}')");

    /// <summary>Reads <c>5000000</c>, <c>5e6</c>, <c>5m</c>, <c>2.5bn</c>, <c>1tn</c>.</summary>
    internal static double ParseAmount(string text)
    {
        var t = text.Trim().TrimStart('$').ToLowerInvariant();
        var factor = 1d;
        foreach (var (suffix, f) in new[] { ("tn", 1e12), ("bn", 1e9), ("b", 1e9), ("m", 1e6), ("k", 1e3) })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                t = t[..^suffix.Length];
                factor = f;
                break;
            }
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= 0 && double.IsFinite(v)
            ? v * factor
            : throw new UsageException($"--min-amount must be a non-negative amount in US dollars, like 1000000000 or 1bn (got '{text}')");
    }
}
