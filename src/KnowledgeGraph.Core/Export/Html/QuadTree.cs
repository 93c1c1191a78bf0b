namespace KnowledgeGraph.Export.Html;

/// <summary>
/// Barnes–Hut repulsion k²/d between all pairs of nodes in O(n log n): far groups of nodes act as one body at
/// their centre of mass. Cells live in flat arrays reused across iterations, so a layout step allocates nothing
/// once warm.
/// </summary>
internal sealed class QuadTree
{
    private const double Theta = 0.9;
    private const int MaxDepth = 48;

    private int _count;
    private double[] _massX = new double[64];
    private double[] _massY = new double[64];
    private double[] _mass = new double[64];
    private double[] _centreX = new double[64];
    private double[] _centreY = new double[64];
    private double[] _half = new double[64];
    private int[] _firstChild = new int[64];
    private int[] _body = new int[64];
    private int[] _stack = new int[256];

    public void Apply(double[] x, double[] y, double[] dx, double[] dy, double kSquared)
    {
        Build(x, y);
        for (var i = 0; i < x.Length; i++)
        {
            Accumulate(i, x, y, dx, dy, kSquared);
        }
    }

    private void Build(double[] x, double[] y)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var i = 0; i < x.Length; i++)
        {
            minX = Math.Min(minX, x[i]);
            minY = Math.Min(minY, y[i]);
            maxX = Math.Max(maxX, x[i]);
            maxY = Math.Max(maxY, y[i]);
        }

        _count = 0;
        var root = NewCell((minX + maxX) / 2, (minY + maxY) / 2, Math.Max(maxX - minX, maxY - minY) / 2 + 1);
        for (var i = 0; i < x.Length; i++)
        {
            Insert(root, i, x, y);
        }
    }

    private void Insert(int cell, int body, double[] x, double[] y)
    {
        for (var depth = 0; ; depth++)
        {
            var m = _mass[cell];
            _massX[cell] = (_massX[cell] * m + x[body]) / (m + 1);
            _massY[cell] = (_massY[cell] * m + y[body]) / (m + 1);
            _mass[cell] = m + 1;
            if (m == 0)
            {
                _body[cell] = body;
                return;
            }

            if (_firstChild[cell] < 0)
            {
                // Nodes on (almost) the same spot share a leaf rather than splitting forever.
                if (depth >= MaxDepth)
                {
                    return;
                }

                var h = _half[cell] / 2;
                _firstChild[cell] = _count;
                NewCell(_centreX[cell] - h, _centreY[cell] - h, h);
                NewCell(_centreX[cell] + h, _centreY[cell] - h, h);
                NewCell(_centreX[cell] - h, _centreY[cell] + h, h);
                NewCell(_centreX[cell] + h, _centreY[cell] + h, h);
                var previous = _body[cell];
                _body[cell] = -1;
                var into = Child(cell, x[previous], y[previous]);
                _massX[into] = x[previous];
                _massY[into] = y[previous];
                _mass[into] = 1;
                _body[into] = previous;
            }

            cell = Child(cell, x[body], y[body]);
        }
    }

    private int Child(int cell, double px, double py) =>
        _firstChild[cell] + (px >= _centreX[cell] ? 1 : 0) + (py >= _centreY[cell] ? 2 : 0);

    private void Accumulate(int i, double[] x, double[] y, double[] dx, double[] dy, double kSquared)
    {
        var top = 0;
        _stack[top++] = 0;
        while (top > 0)
        {
            var cell = _stack[--top];
            if (_mass[cell] == 0 || _body[cell] == i)
            {
                continue;
            }

            var ex = x[i] - _massX[cell];
            var ey = y[i] - _massY[cell];
            var d2 = ex * ex + ey * ey;
            var width = 2 * _half[cell];
            if (_firstChild[cell] < 0 || width * width < Theta * Theta * d2)
            {
                if (d2 < 0.01)
                {
                    // Coincident nodes: nudge apart in a direction fixed by the index, never at random.
                    ex = (i % 7) - 3 + 0.5;
                    ey = (i % 5) - 2 + 0.5;
                    d2 = ex * ex + ey * ey;
                }

                var f = kSquared * _mass[cell] / d2;
                dx[i] += ex * f;
                dy[i] += ey * f;
                continue;
            }

            if (top + 4 > _stack.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            for (var c = 0; c < 4; c++)
            {
                _stack[top++] = _firstChild[cell] + c;
            }
        }
    }

    private int NewCell(double cx, double cy, double half)
    {
        if (_count == _mass.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _massX, size);
            Array.Resize(ref _massY, size);
            Array.Resize(ref _mass, size);
            Array.Resize(ref _centreX, size);
            Array.Resize(ref _centreY, size);
            Array.Resize(ref _half, size);
            Array.Resize(ref _firstChild, size);
            Array.Resize(ref _body, size);
        }

        var id = _count++;
        _massX[id] = 0;
        _massY[id] = 0;
        _mass[id] = 0;
        _centreX[id] = cx;
        _centreY[id] = cy;
        _half[id] = half;
        _firstChild[id] = -1;
        _body[id] = -1;
        return id;
    }
}
