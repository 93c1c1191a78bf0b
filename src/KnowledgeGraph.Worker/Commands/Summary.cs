using KnowledgeGraph.Cycles;
using KnowledgeGraph.Worker.Processing;

namespace KnowledgeGraph.Worker.Commands;

/// <summary>The readable results printed on standard output.</summary>
internal static class Summary
{
    public static void Documents(TextWriter output, IReadOnlyList<DocumentOutcome> outcomes)
    {
        var read = outcomes.Where(o => o.Succeeded).Select(o => o.Extraction!).ToList();
        output.WriteLine(
            $"{read.Count} document{Plural(read.Count)} read: {read.Sum(d => d.Entities.Count)} entities, " +
            $"{read.Sum(d => d.Relations.Count)} relations, {read.Sum(d => d.Deals.Count)} deals");
        foreach (var d in read)
        {
            output.WriteLine($"  {d.Path} [{d.Language}] {d.Entities.Count} entities, {d.Relations.Count} relations, {d.Deals.Count} deals");
        }

        var failed = outcomes.Where(o => !o.Succeeded).ToList();
        if (failed.Count > 0)
        {
            output.WriteLine($"{failed.Count} file{Plural(failed.Count)} could not be read:");
            foreach (var f in failed)
            {
                output.WriteLine($"  {f.Error}");
            }
        }
    }

    public static void Loops(TextWriter output, IReadOnlyList<FinancingLoop> loops, IReadOnlyDictionary<string, string> documentPaths)
    {
        output.Write(LoopFormatter.Format(loops, documentPaths));
    }

    private static string Plural(int n) => n == 1 ? "" : "s";
}
