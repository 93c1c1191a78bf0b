using KnowledgeGraph.Export.Html;

namespace KnowledgeGraph.Core.Tests.Export;

public class ForceLayoutTests
{
    // Two stars joined by one edge, plus a few loose nodes.
    private static readonly LayoutEdge[] Stars =
        [.. Enumerable.Range(1, 8).Select(i => new LayoutEdge(0, i, 1)), .. Enumerable.Range(10, 8).Select(i => new LayoutEdge(9, i, 1)), new LayoutEdge(0, 9, 1)];

    [Fact]
    public void Compute_SameGraph_SamePositions()
    {
        Assert.Equal(ForceLayout.Compute(21, Stars), ForceLayout.Compute(21, Stars));
    }

    [Fact]
    public void Compute_Stars_LeavesAreNearTheirHubAndNoNodesCoincide()
    {
        var p = ForceLayout.Compute(21, Stars);

        static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
        var ownHub = Enumerable.Range(1, 8).Average(i => Distance(p[i], p[0]));
        var otherHub = Enumerable.Range(1, 8).Average(i => Distance(p[i], p[9]));
        Assert.True(ownHub < otherHub, $"leaves sit {ownHub:0} from their hub, {otherHub:0} from the other");
        for (var i = 0; i < p.Length; i++)
        {
            for (var j = i + 1; j < p.Length; j++)
            {
                Assert.True(Distance(p[i], p[j]) > ForceLayout.IdealLength / 4, $"nodes {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void Compute_FiveThousandNodes_EndsWithFinitePositions()
    {
        var random = new Random(7);
        var edges = Enumerable.Range(1, 4999).Select(i => new LayoutEdge(i, random.Next(i), 1))
            .Concat(Enumerable.Range(0, 5000).Select(_ => new LayoutEdge(random.Next(5000), random.Next(5000), 1))).ToArray();

        var p = ForceLayout.Compute(5000, edges);

        Assert.Equal(5000, p.Length);
        Assert.All(p, q => Assert.True(double.IsFinite(q.X) && double.IsFinite(q.Y)));
        Assert.True(p.Distinct().Count() > 4990);
    }

    [Fact]
    public void Compute_LooseNodes_PackedNextToTheRestNotFlungAway()
    {
        // A star of 9 plus 4 nodes tied to nothing.
        var p = ForceLayout.Compute(13, [.. Enumerable.Range(1, 8).Select(i => new LayoutEdge(0, i, 1))]);

        var width = p.Max(q => q.X) - p.Min(q => q.X);
        var height = p.Max(q => q.Y) - p.Min(q => q.Y);
        Assert.True(width < 8 * ForceLayout.IdealLength && height < 8 * ForceLayout.IdealLength, $"picture is {width:0} x {height:0}");
        Assert.True(width >= height, "components are turned and packed into a landscape picture");
    }

    [Fact]
    public void Compute_Empty_Empty() => Assert.Empty(ForceLayout.Compute(0, []));
}
