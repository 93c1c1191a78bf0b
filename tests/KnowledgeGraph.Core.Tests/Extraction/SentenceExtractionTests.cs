using System.Text;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Core.Tests.Sentences;

/// <summary>
/// Sentences of our own (Arabic and English), each read through the whole pipeline (reader and engine) and
/// checked for exactly the entities and relations a careful reader finds, with amounts, statuses and roles.
/// </summary>
public class SentenceExtractionTests
{
    private static readonly Lazy<ExtractionEngine> Engine = new(() => ExtractionEngine.CreateDefault());

    [Theory]
    [MemberData(nameof(SentenceCase.Ids), MemberType = typeof(SentenceCase))]
    public void Extract_Sentence_ReadsExactlyWhatACarefulReaderFinds(string id)
    {
        var c = SentenceCase.Get(id);
        var doc = new DocumentReader().Parse(id + ".txt", Encoding.UTF8.GetBytes(c.Text));
        var result = Engine.Value.Extract(doc);

        string Resolve(string expected) => expected.StartsWith('~')
            ? result.Entities.FirstOrDefault(e => e.Name == expected[1..] || e.Mentions.Contains(expected[1..]))?.Key ?? expected
            : expected;

        var report = Describe(result);
        Assert.True(
            c.Entities.Select(Resolve).Order().SequenceEqual(result.Entities.Select(e => e.Key).Order()),
            $"entities: expected [{string.Join(", ", c.Entities)}]\n{report}");

        var expected = c.Relations.Select(r => Id(r.Type, Resolve(r.From), Resolve(r.To))).Order().ToList();
        var actual = result.Relations.Select(r => Id(r.Type, r.From, r.To)).Order().ToList();
        Assert.True(expected.SequenceEqual(actual), $"relations: expected [{string.Join("; ", expected)}]\n{report}");

        foreach (var want in c.Relations)
        {
            var got = result.Relations.Single(r => Id(r.Type, r.From, r.To) == Id(want.Type, Resolve(want.From), Resolve(want.To)));
            if (want.ChecksAmount)
            {
                Assert.True(want.AmountUsd is null ? got.AmountUsd is null : got.AmountUsd is { } a && Math.Abs(a - want.AmountUsd.Value) < 1,
                    $"{want.Type} {want.From} {want.To}: amount {got.AmountUsd} ({got.AmountText}), expected {want.AmountUsd}\n{report}");
            }

            if (want.Status is not null)
            {
                Assert.True(want.Status == got.Status, $"{want.Type} {want.From} {want.To}: status {got.Status}, expected {want.Status}\n{report}");
            }

            if (want.Role is not null)
            {
                Assert.True(want.Role == got.Role, $"{want.Type} {want.From} {want.To}: role {got.Role}, expected {want.Role}\n{report}");
            }
        }
    }

    private static string Id(string type, string from, string to) =>
        RelTypes.IsSymmetric(type) && string.CompareOrdinal(from, to) > 0 ? $"{type} {to} {from}" : $"{type} {from} {to}";

    private static string Describe(DocumentExtraction d) =>
        "got entities: " + string.Join(", ", d.Entities.Select(e => $"{e.Key}({e.Type}: {string.Join("|", e.Mentions)})")) +
        "\ngot relations: " + string.Join("; ", d.Relations.Select(r => $"{r.Type} {r.From} {r.To} amount={r.AmountUsd} status={r.Status} role={r.Role}"));
}
