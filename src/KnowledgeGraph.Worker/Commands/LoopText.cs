using System.Text;
using KnowledgeGraph.Cycles;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Worker.Commands;

/// <summary>Loops as readable chains with amounts, statuses and the sentences (and documents) behind each edge.</summary>
internal static class LoopText
{
    public static string Format(IReadOnlyList<FinancingLoop> loops, IReadOnlyDictionary<string, string> documentPaths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < loops.Count; i++)
        {
            var loop = loops[i];
            var chain = string.Join(" -> ", loop.Edges.Select(e => e.FromName).Append(loop.Edges[0].FromName));
            sb.Append($"{i + 1}. {chain}  (money going round: {MoneyText.Format(loop.MoneyAround)}")
                .Append(loop.IsTentative ? "; tentative: rests on talks or a stalled deal" : "").Append(")\n");
            foreach (var e in loop.Edges)
            {
                sb.Append($"   {e.FromName} -{e.Type}-> {e.ToName}: {MoneyText.Format(e.AmountUsd)}, {e.Status ?? "status not stated"}\n");
                foreach (var sentence in e.Evidence)
                {
                    sb.Append($"     \"{sentence}\"\n");
                }

                if (e.Sources.Count > 0)
                {
                    sb.Append($"     in {string.Join(", ", e.Sources.Select(s => documentPaths.GetValueOrDefault(s) ?? s))}\n");
                }
            }
        }

        return sb.ToString();
    }
}
