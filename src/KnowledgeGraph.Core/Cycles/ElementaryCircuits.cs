namespace KnowledgeGraph.Cycles;

/// <summary>
/// Johnson's elementary-circuit algorithm (SIAM J. Comput. 4(1), 1975) over an int-indexed simple digraph,
/// bounded by a maximum circuit length. Every circuit is reported once, starting at its smallest vertex.
/// </summary>
/// <remarks>
/// The search runs per strongly connected component: a circuit never leaves one. For each start vertex s it
/// only walks vertices greater than s in s's component, as Johnson does. Two changes make the length bound
/// exact and cheap on large sparse graphs: a reverse breadth-first search from s gives each vertex its distance
/// back to s (a lower bound of the way home), so vertices that cannot close a circuit in the remaining length are
/// never entered; and a vertex whose search was cut by the bound is treated like one that found a circuit
/// (it is unblocked on return), because blocking it would hide circuits reachable later along a shorter prefix.
/// </remarks>
internal sealed class ElementaryCircuits
{
    private readonly int[][] _successors;
    private readonly int[][] _predecessors;
    private readonly int _maxLength;
    private readonly int[] _component;

    // Per-start state, reset by stamping with the start vertex instead of clearing arrays.
    private readonly int[] _distStamp;
    private readonly int[] _dist;
    private readonly bool[] _blocked;
    private readonly List<int>?[] _blockedBy;
    private readonly List<int> _touched = [];
    private readonly List<int> _stack = [];
    private int _start;

    private ElementaryCircuits(int[][] successors, int maxLength)
    {
        _successors = successors;
        _maxLength = maxLength;
        var n = successors.Length;
        _predecessors = Reverse(successors);
        _component = StronglyConnectedComponents.Of(successors);
        _distStamp = new int[n];
        Array.Fill(_distStamp, -1);
        _dist = new int[n];
        _blocked = new bool[n];
        _blockedBy = new List<int>?[n];
    }

    /// <summary>Calls <paramref name="onCircuit"/> with the vertices of every elementary circuit of 2 to
    /// <paramref name="maxLength"/> edges, smallest vertex first. The array is reused: copy it to keep it.</summary>
    /// <param name="successors">Distinct successors of each vertex; self-loops are ignored.</param>
    public static void Enumerate(int[][] successors, int maxLength, Action<IReadOnlyList<int>> onCircuit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var search = new ElementaryCircuits(successors, maxLength);
        for (var s = 0; s < successors.Length; s++)
        {
            search.SearchFrom(s, onCircuit);
        }
    }

    private void SearchFrom(int s, Action<IReadOnlyList<int>> onCircuit)
    {
        _start = s;
        if (!MarkDistancesHome(s))
        {
            return;
        }

        Circuit(s, 0, onCircuit);
        foreach (var v in _touched)
        {
            _blocked[v] = false;
            _blockedBy[v]?.Clear();
        }

        _touched.Clear();
    }

    // Reverse BFS from s over vertices > s of s's component, up to maxLength - 1 steps. False when nothing returns to s.
    private bool MarkDistancesHome(int s)
    {
        var frontier = new List<int> { s };
        var next = new List<int>();
        var any = false;
        for (var d = 1; d < _maxLength && frontier.Count > 0; d++)
        {
            foreach (var v in frontier)
            {
                foreach (var u in _predecessors[v])
                {
                    if (u > s && _component[u] == _component[s] && _distStamp[u] != s)
                    {
                        _distStamp[u] = s;
                        _dist[u] = d;
                        next.Add(u);
                        any = true;
                    }
                }
            }

            (frontier, next) = (next, frontier);
            next.Clear();
        }

        return any;
    }

    private bool Circuit(int v, int depth, Action<IReadOnlyList<int>> onCircuit)
    {
        var found = false;
        _stack.Add(v);
        _blocked[v] = true;
        _touched.Add(v);
        foreach (var w in _successors[v])
        {
            if (w == _start)
            {
                if (depth > 0)
                {
                    onCircuit(_stack);
                    found = true;
                }
            }
            else if (_distStamp[w] == _start)
            {
                if (depth + 1 + _dist[w] > _maxLength)
                {
                    found = true;
                }
                else if (!_blocked[w] && Circuit(w, depth + 1, onCircuit))
                {
                    found = true;
                }
            }
        }

        if (found)
        {
            Unblock(v);
        }
        else
        {
            foreach (var w in _successors[v])
            {
                if (_distStamp[w] == _start)
                {
                    var list = _blockedBy[w] ??= [];
                    if (list.Count == 0)
                    {
                        _touched.Add(w);
                    }

                    if (!list.Contains(v))
                    {
                        list.Add(v);
                    }
                }
            }
        }

        _stack.RemoveAt(_stack.Count - 1);
        return found;
    }

    private void Unblock(int u)
    {
        var pending = new Stack<int>();
        pending.Push(u);
        while (pending.Count > 0)
        {
            var x = pending.Pop();
            _blocked[x] = false;
            if (_blockedBy[x] is { Count: > 0 } list)
            {
                foreach (var w in list)
                {
                    if (_blocked[w])
                    {
                        pending.Push(w);
                    }
                }

                list.Clear();
            }
        }
    }

    private static int[][] Reverse(int[][] successors)
    {
        var counts = new int[successors.Length];
        foreach (var list in successors)
        {
            foreach (var w in list)
            {
                counts[w]++;
            }
        }

        var result = new int[successors.Length][];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new int[counts[i]];
            counts[i] = 0;
        }

        for (var v = 0; v < successors.Length; v++)
        {
            foreach (var w in successors[v])
            {
                result[w][counts[w]++] = v;
            }
        }

        return result;
    }
}
