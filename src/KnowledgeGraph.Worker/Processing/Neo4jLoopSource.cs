using KnowledgeGraph.Cycles;
using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Processing;

/// <summary>Loops found in Neo4j by the query pack's circular-financing query (when <c>Neo4j:Uri</c> is set).</summary>
internal sealed class Neo4jLoopSource(INeo4jClient client, IOptions<Neo4jOptions> options) : ILoopSource
{
    public bool IsEnabled => true;

    public string Description => Neo4jTarget.Describe(options.Value);

    public async Task<(IReadOnlyList<FinancingLoop> Loops, IReadOnlyDictionary<string, string> DocumentPaths)> FindAsync(CycleQuery query, CancellationToken cancellationToken)
    {
        var finder = new Neo4jCycleFinder(client);
        var loops = await finder.FindAsync(query, cancellationToken);
        return (loops, await finder.DocumentPathsAsync(loops, cancellationToken));
    }
}
