namespace KnowledgeGraph.Export.Html;

/// <summary>
/// Pairwise repulsion k²/d between nodes closer than one cell size, found through a uniform grid rebuilt on
/// every call (counting sort into flat arrays, so an iteration allocates nothing once warm).
/// </summary>
internal sealed class RepulsionGrid(double cellSize)
{
    private const int MaxCellsPerSide = 2048;
    private int[] _cellOf = [];
    private int[] _start = [];
    private int[] _members = [];
    private int[] _fill = [];

    public void Apply(double[] x, double[] y, double[] dx, double[] dy, double kSquared)
    {
        var count = x.Length;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var i = 0; i < count; i++)
        {
            minX = Math.Min(minX, x[i]);
            minY = Math.Min(minY, y[i]);
            maxX = Math.Max(maxX, x[i]);
            maxY = Math.Max(maxY, y[i]);
        }

        var size = Math.Max(cellSize, Math.Max(maxX - minX, maxY - minY) / MaxCellsPerSide);
        var cols = (int)((maxX - minX) / size) + 1;
        var rows = (int)((maxY - minY) / size) + 1;
        Bucket(x, y, minX, minY, size, cols, rows);

        var limit = size * size;
        for (var i = 0; i < count; i++)
        {
            var cx = _cellOf[i] % cols;
            var cy = _cellOf[i] / cols;
            for (var ny = Math.Max(0, cy - 1); ny <= Math.Min(rows - 1, cy + 1); ny++)
            {
                for (var nx = Math.Max(0, cx - 1); nx <= Math.Min(cols - 1, cx + 1); nx++)
                {
                    var cell = ny * cols + nx;
                    for (var p = _start[cell]; p < _start[cell + 1]; p++)
                    {
                        var j = _members[p];
                        if (j <= i)
                        {
                            continue;
                        }

                        Push(i, j, x, y, dx, dy, kSquared, limit);
                    }
                }
            }
        }
    }

    private static void Push(int i, int j, double[] x, double[] y, double[] dx, double[] dy, double kSquared, double limit)
    {
        var ex = x[i] - x[j];
        var ey = y[i] - y[j];
        var d2 = ex * ex + ey * ey;
        if (d2 > limit)
        {
            return;
        }

        if (d2 < 0.01)
        {
            // Coincident nodes: nudge apart in a direction fixed by their indexes, never at random.
            ex = ((i * 7 + j * 13) % 11) - 5 + 0.5;
            ey = ((i * 5 + j * 3) % 11) - 5 + 0.5;
            d2 = ex * ex + ey * ey;
        }

        // k²/d along the unit vector = k²/d² per component.
        var f = kSquared / d2;
        dx[i] += ex * f;
        dy[i] += ey * f;
        dx[j] -= ex * f;
        dy[j] -= ey * f;
    }

    private void Bucket(double[] x, double[] y, double minX, double minY, double size, int cols, int rows)
    {
        var count = x.Length;
        var cells = cols * rows;
        if (_cellOf.Length < count)
        {
            _cellOf = new int[count];
            _members = new int[count];
        }

        if (_start.Length < cells + 1)
        {
            _start = new int[cells + 1];
            _fill = new int[cells];
        }

        Array.Clear(_start, 0, cells + 1);
        for (var i = 0; i < count; i++)
        {
            var c = (int)((y[i] - minY) / size) * cols + (int)((x[i] - minX) / size);
            _cellOf[i] = c;
            _start[c + 1]++;
        }

        for (var c = 0; c < cells; c++)
        {
            _start[c + 1] += _start[c];
        }

        Array.Clear(_fill, 0, cells);
        for (var i = 0; i < count; i++)
        {
            var c = _cellOf[i];
            _members[_start[c] + _fill[c]++] = i;
        }
    }
}
