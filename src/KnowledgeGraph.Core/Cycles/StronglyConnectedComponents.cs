namespace KnowledgeGraph.Cycles;

/// <summary>Tarjan's strongly connected components, iterative so that long chains cannot overflow the stack.</summary>
internal static class StronglyConnectedComponents
{
    /// <summary>The component number of each vertex (numbers are arbitrary but equal within a component).</summary>
    public static int[] Of(int[][] successors)
    {
        var n = successors.Length;
        var index = new int[n];
        var low = new int[n];
        var component = new int[n];
        var onStack = new bool[n];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var calls = new Stack<(int Vertex, int Next)>();
        var counter = 0;
        var components = 0;

        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            calls.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (calls.Count > 0)
            {
                var (v, next) = calls.Pop();
                var descended = false;
                var succ = successors[v];
                while (next < succ.Length)
                {
                    var w = succ[next++];
                    if (index[w] < 0)
                    {
                        calls.Push((v, next));
                        calls.Push((w, 0));
                        index[w] = low[w] = counter++;
                        stack.Push(w);
                        onStack[w] = true;
                        descended = true;
                        break;
                    }

                    if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component[w] = components;
                    }
                    while (w != v);
                    components++;
                }

                if (calls.Count > 0)
                {
                    var parent = calls.Peek().Vertex;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }

        return component;
    }
}
