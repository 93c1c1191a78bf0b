using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Hand-built extractions: Nvidia and OpenAI financing each other, read from two articles.</summary>
internal static class TestDocuments
{
    public static ExtractedEntity Nvidia(params string[] mentions) =>
        new(NodeLabels.Company, "nvidia", "Nvidia", "إنفيديا", mentions.Length == 0 ? ["إنفيديا"] : mentions);

    public static ExtractedEntity OpenAi(params string[] mentions) =>
        new(NodeLabels.Company, "openai", "OpenAI", "أوبن إيه آي", mentions.Length == 0 ? ["أوبن إيه آي"] : mentions);

    public static ExtractedEntity Altman() => new(NodeLabels.Person, "sam-altman", "Sam Altman", "سام ألتمان", ["سام ألتمان"]);

    public static DocumentExtraction Article1(string path = "corpus/001.txt", string key = "aaaa1111") => new(
        path, key, "إنفيديا تستثمر في أوبن إيه آي", "ar",
        [Nvidia("إنفيديا", "NVIDIA"), OpenAi(), Altman()],
        [
            new(RelTypes.InvestsIn, "nvidia", "openai", 100e9, "100 مليار دولار", DealStatuses.Stalled, null, "ستستثمر إنفيديا 100 مليار دولار في أوبن إيه آي."),
            new(RelTypes.BuysFrom, "openai", "nvidia", null, null, DealStatuses.Announced, null, "ستشتري أوبن إيه آي رقائق إنفيديا."),
            new(RelTypes.WorksFor, "sam-altman", "openai", null, null, null, "CEO", "قال سام ألتمان الرئيس التنفيذي لأوبن إيه آي."),
        ],
        [
            new("deal-nvidia-openai", DealTypes.Investment, 100e9, "100 مليار دولار", DealStatuses.Stalled, "Nvidia invests in OpenAI",
                [new("nvidia", PartyRoles.Investor), new("openai", PartyRoles.Investee)], "ستستثمر إنفيديا 100 مليار دولار في أوبن إيه آي."),
        ]);

    public static DocumentExtraction Article2(string path = "corpus/002.txt", string key = "bbbb2222") => new(
        path, key, "OpenAI buys Nvidia chips", "en",
        [Nvidia("Nvidia"), OpenAi("OpenAI")],
        [
            new(RelTypes.BuysFrom, "openai", "nvidia", 10e9, "$10 billion", DealStatuses.Completed, null, "OpenAI bought $10 billion of Nvidia chips."),
            new(RelTypes.InvestsIn, "nvidia", "openai", null, null, null, null, "Nvidia is an investor in OpenAI."),
        ],
        []);
}
