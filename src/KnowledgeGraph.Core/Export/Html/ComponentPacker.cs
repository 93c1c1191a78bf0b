namespace KnowledgeGraph.Export.Html;

/// <summary>
/// Places laid-out components side by side in rows (shelf packing), biggest first, into a roughly square
/// picture centred on the origin, so single nodes line up in a neat grid instead of scattering.
/// </summary>
internal static class ComponentPacker
{
    public static (double X, double Y)[] Pack(int count, IReadOnlyList<(int[] Members, (double X, double Y)[] Local)> components, double margin)
    {
        components = [.. components.Select(c => (c.Members, Landscape(c.Local)))];
        var boxes = components.Select(c => Box(c.Local, margin)).ToList();
        var area = boxes.Sum(b => (b.X2 - b.X1) * (b.Y2 - b.Y1));
        var rowWidth = Math.Max(boxes.Count == 0 ? 0 : boxes.Max(b => b.X2 - b.X1), Math.Sqrt(area) * 1.3);

        var result = new (double X, double Y)[count];
        double cursorX = 0, cursorY = 0, rowHeight = 0;
        for (var c = 0; c < components.Count; c++)
        {
            var (x1, y1, x2, y2) = boxes[c];
            if (cursorX > 0 && cursorX + (x2 - x1) > rowWidth)
            {
                cursorY += rowHeight;
                cursorX = 0;
                rowHeight = 0;
            }

            var (members, local) = components[c];
            for (var i = 0; i < members.Length; i++)
            {
                result[members[i]] = (local[i].X - x1 + cursorX, local[i].Y - y1 + cursorY);
            }

            cursorX += x2 - x1;
            rowHeight = Math.Max(rowHeight, y2 - y1);
        }

        // Centre the picture on the origin and round: positions are written into the page.
        if (count > 0)
        {
            var midX = (result.Min(p => p.X) + result.Max(p => p.X)) / 2;
            var midY = (result.Min(p => p.Y) + result.Max(p => p.Y)) / 2;
            for (var i = 0; i < count; i++)
            {
                result[i] = (Math.Round(result[i].X - midX, 1), Math.Round(result[i].Y - midY, 1));
            }
        }

        return result;
    }

    // Turns a component so its longest spread runs across (screens are wider than tall): a rotation onto the
    // principal axis of its points.
    private static (double X, double Y)[] Landscape((double X, double Y)[] points)
    {
        if (points.Length < 3)
        {
            return points;
        }

        var mx = points.Average(p => p.X);
        var my = points.Average(p => p.Y);
        double sxx = 0, syy = 0, sxy = 0;
        foreach (var (x, y) in points)
        {
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
            sxy += (x - mx) * (y - my);
        }

        var angle = 0.5 * Math.Atan2(2 * sxy, sxx - syy);
        var (cos, sin) = (Math.Cos(-angle), Math.Sin(-angle));
        return [.. points.Select(p => ((p.X - mx) * cos - (p.Y - my) * sin, (p.X - mx) * sin + (p.Y - my) * cos))];
    }

    private static (double X1, double Y1, double X2, double Y2) Box((double X, double Y)[] points, double margin) =>
        (points.Min(p => p.X) - margin, points.Min(p => p.Y) - margin, points.Max(p => p.X) + margin, points.Max(p => p.Y) + margin);
}
