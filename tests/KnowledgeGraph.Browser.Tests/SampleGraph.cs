using KnowledgeGraph.Cycles;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Browser.Tests;

/// <summary>
/// A hand-built graph shaped like the seed corpus (Arabic articles about Nvidia, OpenAI, Amazon), with its two
/// circular-financing loops written out by hand, so the page can be checked before extraction exists.
/// </summary>
internal static class SampleGraph
{
    public const string NvidiaEvidence = "أعلنت إنفيديا عن خطة لاستثمار ما يصل إلى 100 مليار دولار في OpenAI، لكن الصفقة تعثرت.";
    public const string OpenAiBuysNvidiaEvidence = "تعتمد OpenAI على رقائق إنفيديا لتدريب نماذجها.";
    public const string AmazonEvidence = "تجري أمازون محادثات لاستثمار 10 مليارات دولار في OpenAI.";
    public const string OpenAiBuysAmazonEvidence = "وقعت OpenAI اتفاقًا بقيمة 38 مليار دولار لشراء قدرات حوسبة سحابية من أمازون.";

    public static IReadOnlyList<DocumentExtraction> Documents() =>
    [
        new("corpus/seeds/001.txt", "doc001", "تعثر خطة استثمار إنفيديا في OpenAI", "ar",
            [
                Company("nvidia", "Nvidia", "إنفيديا", "NVIDIA"),
                Company("openai", "OpenAI", "أوبن إيه آي", "OpenAI"),
                Company("google", "Google", "جوجل"),
                Company("anthropic", "Anthropic", "أنتثروبيك"),
                new("Person", "jensen-huang", "Jensen Huang", "جنسن هوانج", ["جنسن هوانج"]),
            ],
            [
                new(RelTypes.InvestsIn, "nvidia", "openai", 100e9, "100 مليار دولار", "stalled", null, NvidiaEvidence),
                new(RelTypes.BuysFrom, "openai", "nvidia", null, null, "reported", null, OpenAiBuysNvidiaEvidence),
                new(RelTypes.CompetesWith, "openai", "google", null, null, null, null, "تواجه OpenAI منافسة متزايدة من جوجل وأنتثروبيك."),
                new(RelTypes.CompetesWith, "openai", "anthropic", null, null, null, null, "تواجه OpenAI منافسة متزايدة من جوجل وأنتثروبيك."),
                new(RelTypes.WorksFor, "jensen-huang", "nvidia", null, null, null, "CEO", "قال الرئيس التنفيذي لإنفيديا جنسن هوانج إن الشركة ستستثمر."),
            ],
            [
                new("deal-nvidia-openai", DealTypes.Investment, 100e9, "100 مليار دولار", "stalled", "Nvidia invests in OpenAI",
                    [new("nvidia", PartyRoles.Investor), new("openai", PartyRoles.Investee)], NvidiaEvidence),
            ]),
        new("corpus/seeds/003.txt", "doc003", "أمازون تبحث الاستثمار في OpenAI", "ar",
            [
                Company("amazon", "Amazon", "أمازون", "AWS"),
                Company("openai", "OpenAI", "أوبن إيه آي", "OpenAI"),
                Company("microsoft", "Microsoft", "مايكروسوفت"),
            ],
            [
                new(RelTypes.InvestsIn, "amazon", "openai", 10e9, "10 مليارات دولار", "talks", null, AmazonEvidence),
                new(RelTypes.BuysFrom, "openai", "amazon", 38e9, "38 مليار دولار", "announced", null, OpenAiBuysAmazonEvidence),
                new(RelTypes.PartnersWith, "openai", "microsoft", null, null, null, null, "تربط OpenAI شراكة طويلة مع مايكروسوفت."),
                new(RelTypes.CompetesWith, "amazon", "microsoft", null, null, null, null, "تتنافس أمازون ومايكروسوفت على سوق الحوسبة السحابية."),
            ],
            [
                new("deal-amazon-openai-cloud", DealTypes.Purchase, 38e9, "38 مليار دولار", "announced", "OpenAI buys cloud capacity from Amazon",
                    [new("openai", PartyRoles.Buyer), new("amazon", PartyRoles.Supplier)], OpenAiBuysAmazonEvidence),
            ]),
    ];

    public static GraphModel Graph() => GraphModel.Build(Documents());

    /// <summary>The graph's two loops, as the cycle finder reports them (rotated to the smallest key).</summary>
    public static IReadOnlyList<FinancingLoop> Loops(GraphModel graph) =>
    [
        Loop(graph, (RelTypes.InvestsIn, "amazon", "openai"), (RelTypes.BuysFrom, "openai", "amazon")),
        Loop(graph, (RelTypes.InvestsIn, "nvidia", "openai"), (RelTypes.BuysFrom, "openai", "nvidia")),
    ];

    private static ExtractedEntity Company(string key, string name, string nameAr, params string[] more) =>
        new("Company", key, name, nameAr, [nameAr, .. more]);

    private static FinancingLoop Loop(GraphModel graph, params (string Type, string From, string To)[] steps) =>
        new([.. steps.Select(s =>
        {
            var r = graph.FindRelationship(s.Type, s.From, s.To) ?? throw new InvalidOperationException($"no {s}");
            return new LoopEdge(r.Type, r.FromKey, Name(graph, r.FromKey), r.ToKey, Name(graph, r.ToKey), r.AmountUsd, r.Status, r.Evidence, r.Sources);
        })]);

    private static string Name(GraphModel graph, string key) =>
        (graph.FindNode(NodeLabels.Company, key) ?? graph.FindNode(NodeLabels.Person, key))?.Name ?? key;
}
