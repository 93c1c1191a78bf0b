using KnowledgeGraph.Graph;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Core.Tests.Cycles;

internal static class RandomGraphs
{
    public static GraphModel Sparse(int seed, int companies, int edges) => RandomDealGraph.Graph(seed, companies, edges);
}
