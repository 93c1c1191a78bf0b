namespace KnowledgeGraph.Export.Html;

/// <summary>
/// A Fruchterman–Reingold force layout with Barnes–Hut repulsion, so one iteration costs O(n log n + m) and
/// thousands of nodes lay out in about a second. Deterministic: the same graph gives the same picture.
/// </summary>
internal static class ForceLayout
{
    /// <summary>Ideal edge length, in page pixels at zoom 1.</summary>
    public const double IdealLength = 110;

    /// <summary>
    /// Lays out each connected component on its own, then packs the components in rows, biggest first, so a
    /// loose node never pushes the rest of the picture into a corner.
    /// </summary>
    public static (double X, double Y)[] Compute(int count, IReadOnlyList<LayoutEdge> edges)
    {
        var components = Components(count, edges);
        var local = new int[count];
        foreach (var members in components)
        {
            for (var i = 0; i < members.Length; i++)
            {
                local[members[i]] = i;
            }
        }

        var byComponent = new List<LayoutEdge>[components.Count];
        var componentOf = new int[count];
        for (var c = 0; c < components.Count; c++)
        {
            byComponent[c] = [];
            foreach (var n in components[c])
            {
                componentOf[n] = c;
            }
        }

        foreach (var e in edges)
        {
            byComponent[componentOf[e.From]].Add(new LayoutEdge(local[e.From], local[e.To], e.Weight));
        }

        var laid = components.Select((members, c) => (members, LayOut(members.Length, byComponent[c]))).ToList();
        return ComponentPacker.Pack(count, laid, IdealLength * 0.6);
    }

    private static (double X, double Y)[] LayOut(int count, IReadOnlyList<LayoutEdge> edges)
    {
        var x = new double[count];
        var y = new double[count];
        if (count <= 1)
        {
            return count == 0 ? [] : [(0, 0)];
        }

        var adjacency = Adjacency(count, edges);
        Seed(adjacency, x, y);

        var k = IdealLength;
        var iterations = count switch { < 300 => 500, < 2000 => 300, _ => 220 };
        var start = Math.Max(k, k * Math.Sqrt(count) * 0.15);
        var dx = new double[count];
        var dy = new double[count];
        var tree = new QuadTree();
        for (var it = 0; it < iterations; it++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            tree.Apply(x, y, dx, dy, k * k);
            Attract(edges, x, y, dx, dy, k);
            Gravity(x, y, dx, dy, count);

            // Linear cooling: big moves first, then small corrections.
            var temperature = start * (1 - (double)it / iterations) + 0.5;
            for (var i = 0; i < count; i++)
            {
                var len = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0)
                {
                    var step = Math.Min(len, temperature) / len;
                    x[i] += dx[i] * step;
                    y[i] += dy[i] * step;
                }
            }
        }

        var result = new (double X, double Y)[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (x[i], y[i]);
        }

        return result;
    }

    // Connected components, biggest first (ties by lowest node index), members in ascending order.
    private static List<int[]> Components(int count, IReadOnlyList<LayoutEdge> edges)
    {
        var adjacency = Adjacency(count, edges);
        var seen = new bool[count];
        var components = new List<int[]>();
        var stack = new Stack<int>();
        for (var root = 0; root < count; root++)
        {
            if (seen[root])
            {
                continue;
            }

            var members = new List<int>();
            seen[root] = true;
            stack.Push(root);
            while (stack.TryPop(out var n))
            {
                members.Add(n);
                foreach (var m in adjacency[n].Where(m => !seen[m]))
                {
                    seen[m] = true;
                    stack.Push(m);
                }
            }

            members.Sort();
            components.Add([.. members]);
        }

        return [.. components.OrderByDescending(c => c.Length).ThenBy(c => c[0])];
    }

    private static List<int>[] Adjacency(int count, IReadOnlyList<LayoutEdge> edges)
    {
        var adjacency = new List<int>[count];
        for (var i = 0; i < count; i++)
        {
            adjacency[i] = [];
        }

        foreach (var e in edges)
        {
            if (e.From != e.To)
            {
                adjacency[e.From].Add(e.To);
                adjacency[e.To].Add(e.From);
            }
        }

        return adjacency;
    }

    // Breadth-first from the biggest hubs, placed along a sunflower spiral: neighbours start near each other
    // and hubs near the middle, so the forces only have to untangle, not assemble.
    private static void Seed(List<int>[] adjacency, double[] x, double[] y)
    {
        var count = adjacency.Length;
        var order = new List<int>(count);
        var seen = new bool[count];
        var byDegree = Enumerable.Range(0, count).OrderByDescending(i => adjacency[i].Count).ThenBy(i => i);
        var queue = new Queue<int>();
        foreach (var root in byDegree)
        {
            if (seen[root])
            {
                continue;
            }

            seen[root] = true;
            queue.Enqueue(root);
            while (queue.TryDequeue(out var n))
            {
                order.Add(n);
                foreach (var m in adjacency[n])
                {
                    if (!seen[m])
                    {
                        seen[m] = true;
                        queue.Enqueue(m);
                    }
                }
            }
        }

        const double goldenAngle = 2.399963229728653;
        for (var i = 0; i < order.Count; i++)
        {
            var r = IdealLength * 0.6 * Math.Sqrt(i);
            x[order[i]] = r * Math.Cos(i * goldenAngle);
            y[order[i]] = r * Math.Sin(i * goldenAngle);
        }
    }

    private static void Attract(IReadOnlyList<LayoutEdge> edges, double[] x, double[] y, double[] dx, double[] dy, double k)
    {
        foreach (var e in edges)
        {
            if (e.From == e.To)
            {
                continue;
            }

            var ex = x[e.From] - x[e.To];
            var ey = y[e.From] - y[e.To];
            var d = Math.Sqrt(ex * ex + ey * ey);
            if (d < 0.01)
            {
                continue;
            }

            // d²/k along the edge, i.e. (d/k) per unit vector component.
            var f = d / k * e.Weight;
            dx[e.From] -= ex * f;
            dy[e.From] -= ey * f;
            dx[e.To] += ex * f;
            dy[e.To] += ey * f;
        }
    }

    // A gentle pull to the centre, growing with distance, keeps a component round and compact against repulsion
    // from all its other nodes.
    private static void Gravity(double[] x, double[] y, double[] dx, double[] dy, int count)
    {
        double cx = 0, cy = 0;
        for (var i = 0; i < count; i++)
        {
            cx += x[i];
            cy += y[i];
        }

        cx /= count;
        cy /= count;
        const double pull = 0.1;
        for (var i = 0; i < count; i++)
        {
            dx[i] -= (x[i] - cx) * pull;
            dy[i] -= (y[i] - cy) * pull;
        }
    }
}
