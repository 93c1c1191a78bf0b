namespace KnowledgeGraph.Cycles;

/// <summary>
/// The ranking of loops, shared by the in-process finder and the Cypher query (which spells the same order in
/// its ORDER BY): money going round descending (loops without a stated amount last), then length ascending, then
/// the key sequence and the type sequence, compared ordinally like Neo4j compares strings.
/// </summary>
internal static class LoopOrder
{
    // Space sorts below every character of a slug, so comparing the joined strings compares the key lists.
    private const string Separator = " ";

    public static readonly Comparison<FinancingLoop> Comparison = Compare;

    public static string KeySequence(FinancingLoop loop) => string.Concat(loop.Edges.Select(e => e.FromKey + Separator));

    public static string TypeSequence(FinancingLoop loop) => string.Concat(loop.Edges.Select(e => e.Type + Separator));

    private static int Compare(FinancingLoop a, FinancingLoop b)
    {
        // Same rule as the Cypher's coalesce(moneyAround, -1.0) DESC: amounts are never negative.
        var byMoney = (b.MoneyAround ?? -1.0).CompareTo(a.MoneyAround ?? -1.0);
        if (byMoney != 0)
        {
            return byMoney;
        }

        var byLength = a.Length.CompareTo(b.Length);
        if (byLength != 0)
        {
            return byLength;
        }

        var byKeys = string.CompareOrdinal(KeySequence(a), KeySequence(b));
        return byKeys != 0 ? byKeys : string.CompareOrdinal(TypeSequence(a), TypeSequence(b));
    }
}
