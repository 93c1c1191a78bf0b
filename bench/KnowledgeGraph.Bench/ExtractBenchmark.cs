using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>extract [files or folders...] [--runs 5] [--generate-mb 20] [--no-pin]</c>: extraction throughput on one core,
/// in MB of UTF-8 text and documents per second. Input: the given files, else the seed corpus (../shared) and
/// samples/; plus a corpus generated from their sentences. Reading and engine creation are timed apart; each figure is
/// the median of several runs after a warm-up run.
/// </summary>
internal static class ExtractBenchmark
{
    public static int Run(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs", "5"), CultureInfo.InvariantCulture);
        var generateMb = double.Parse(Option(args, "--generate-mb", "20"), CultureInfo.InvariantCulture);
        var inputs = Positional(args);
        if (inputs.Count == 0)
        {
            var root = RepoRoot();
            inputs = [Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "seeds")), Path.Combine(root, "samples")];
        }

        var pinned = !args.Contains("--no-pin") && PinToOneCore();
        Console.WriteLine($"extract benchmark: {(pinned ? "pinned to one core" : "one thread, not pinned")}, {Environment.ProcessorCount} cores on the machine, median of {runs} runs after a warm-up run");

        // CPU time beside wall-clock: on a busy machine the process waits for a core, and the wait is not the engine's.
        using var self = Process.GetCurrentProcess();
        var creationCpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var engine = ExtractionEngine.CreateDefault();
        self.Refresh();
        Console.WriteLine($"engine creation (gazetteer, lexicons): {watch.Elapsed.TotalMilliseconds:F0} ms, {(self.TotalProcessorTime - creationCpu).TotalMilliseconds:F0} ms of CPU");

        var files = DocumentReader.Expand(inputs);
        var reader = new DocumentReader();
        var documents = new List<SourceDocument>();
        watch.Restart();
        foreach (var file in files)
        {
            try
            {
                documents.Add(reader.Read(file));
            }
            catch (DocumentReadException ex)
            {
                Console.WriteLine($"skipped {ex.Message}");
            }
        }

        watch.Stop();
        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"no document could be read from: {string.Join(", ", inputs)}");
            return 1;
        }

        var fileBytes = files.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"reading, cold (first use of the decoders and the HTML parser): {documents.Count} documents, {fileBytes / 1e6:F3} MB of files in {watch.Elapsed.TotalMilliseconds:F0} ms");

        // The real articles are small: repeat them so that one run lasts long enough to time.
        var realBytes = documents.Sum(BenchCorpus.Utf8Bytes);
        var repeat = (int)Math.Max(1, Math.Ceiling(2e6 / realBytes));
        var sets = new List<(string Name, IReadOnlyList<SourceDocument> Corpus)>
        {
            ($"given ({documents.Count} articles) x{repeat}", [.. Enumerable.Repeat(documents, repeat).SelectMany(d => d)]),
        };
        if (generateMb > 0)
        {
            sets.Add(("generated from their sentences", BenchCorpus.Generate(documents, (long)(generateMb * 1e6), seed: 20251125)));
        }

        // Warm-up on every set before any timing, so that no set is timed while the JIT still tiers up.
        var expected = sets.Select(s => Pass(s.Corpus, engine)).ToList();
        var read = MedianReadSeconds(files, reader, runs);
        Console.WriteLine($"reading, warm: {fileBytes / 1e6 / read:F2} MB/s of files, {files.Count / read:F0} files/s (median of {runs})");
        Console.WriteLine();
        Console.WriteLine($"{"extraction",-34} {"docs",6} {"MB",8} {"MB/s",7} {"docs/s",8} {"min-max MB/s",14} {"MB/cpu-s",9} {"relations",9} {"alloc/MB",9}");
        for (var i = 0; i < sets.Count; i++)
        {
            Measure(sets[i].Name, sets[i].Corpus, engine, runs, expected[i]);
        }

        Console.WriteLine("MB = 10^6 bytes of the documents' text in UTF-8 (after decoding and markup removal); the target is 2 MB/s.");
        Console.WriteLine("MB/s is wall-clock (median run); MB/cpu-s divides by the process's CPU time instead, a steadier figure on a busy machine.");
        Console.WriteLine("alloc/MB: bytes allocated per byte of text (median run); it does not depend on the machine's load, so it shows garbage-collector work changing between builds.");
        return 0;
    }

    private static double MedianReadSeconds(IReadOnlyList<string> files, DocumentReader reader, int runs)
    {
        var seconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var file in files)
            {
                try
                {
                    reader.Read(file);
                }
                catch (DocumentReadException)
                {
                    // Reported on the first read.
                }
            }

            seconds.Add(watch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        return seconds[seconds.Count / 2];
    }

    private static void Measure(string name, IReadOnlyList<SourceDocument> corpus, ExtractionEngine engine, int runs, int relations)
    {
        var bytes = corpus.Sum(BenchCorpus.Utf8Bytes);
        var seconds = new List<double>();
        var cpuSeconds = new List<double>();
        var allocated = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            var found = Pass(corpus, engine);
            watch.Stop();
            allocated.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            process.Refresh();
            if (found != relations)
            {
                throw new InvalidOperationException($"run {i + 1} found {found} relations, the warm-up {relations}: extraction is not deterministic");
            }

            seconds.Add(watch.Elapsed.TotalSeconds);
            cpuSeconds.Add((process.TotalProcessorTime - cpu).TotalSeconds);
        }

        seconds.Sort();
        cpuSeconds.Sort();
        allocated.Sort();
        var median = seconds[seconds.Count / 2];
        var mb = bytes / 1e6;
        Console.WriteLine($"{name,-34} {corpus.Count,6} {mb,8:F2} {mb / median,7:F2} {corpus.Count / median,8:F0} {$"{mb / seconds[^1]:F2}-{mb / seconds[0]:F2}",14} {mb / cpuSeconds[cpuSeconds.Count / 2],9:F2} {relations,9} {allocated[allocated.Count / 2] / bytes,9:F0}");
    }

    private static int Pass(IReadOnlyList<SourceDocument> corpus, ExtractionEngine engine)
    {
        var relations = 0;
        foreach (var document in corpus)
        {
            relations += engine.Extract(document).Relations.Count;
        }

        return relations;
    }

    /// <summary>Pins the process (extraction and the garbage collector alike) to the first core it may use.</summary>
    private static bool PinToOneCore()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            return false;
        }

        var process = Process.GetCurrentProcess();
        var allowed = (long)process.ProcessorAffinity;
        process.ProcessorAffinity = (nint)(allowed & -allowed);
        return true;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"KnowledgeGraph.sln not found above {AppContext.BaseDirectory}: name the folders to read");
    }

    private static List<string> Positional(string[] args)
    {
        var list = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--runs" or "--generate-mb")
            {
                i++;
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                list.Add(args[i]);
            }
        }

        return list;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
