using System.Text;
using KnowledgeGraph.Documents;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Core.Tests.Sentences;

/// <summary>
/// The shipped gazetteer (data/gazetteer/*.yaml) as data: no spelling may name two entries, every person's
/// organisation is a known company, and entries from its second pass are read in Arabic and English news.
/// </summary>
public class ShippedGazetteerTests
{
    private static readonly Lazy<Gazetteer> Shipped = new(() => Gazetteer.LoadDefault());
    private static readonly Lazy<ExtractionEngine> Engine = new(() => ExtractionEngine.CreateDefault());

    [Fact]
    public void Gazetteer_NoSpellingNamesTwoEntries()
    {
        // Compared in the matcher's own form (Arabic folded, Latin lowercased), so "أداني" and "اداني" are one spelling.
        // One company's name may also be another's product («غروك»: the chipmaker Groq, xAI's Grok): the recognizer decides
        // those by the words around them. Two names or two products may not share a spelling.
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var productOwners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in Shipped.Value.Entries.Values)
        {
            foreach (var (alias, product) in entry.Aliases.Select(a => (a, false)).Concat(entry.Products.Select(p => (p, true))))
            {
                var form = TextNormalizer.NormalizePhrase(alias);
                var table = product ? productOwners : owners;
                if (!table.TryGetValue(form, out var keys))
                {
                    table[form] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(entry.Key);
            }
        }

        var shared = owners.Where(o => o.Value.Count > 1).Concat(productOwners.Where(o => o.Value.Count > 1))
            .Concat(owners.Where(o => productOwners.TryGetValue(o.Key, out var p) && p.SetEquals(o.Value)))
            .Select(o => $"'{o.Key}': {string.Join(", ", o.Value.Order())}").ToList();
        Assert.True(shared.Count == 0, "spellings naming more than one entry:\n" + string.Join("\n", shared));
    }

    [Fact]
    public void Gazetteer_EveryPersonsOrganisationIsAKnownCompany()
    {
        var companies = Shipped.Value.Entries.Values.Where(e => e.Kind == EntryKind.Company).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

        var unknown = Shipped.Value.Entries.Values
            .Where(e => e.Kind == EntryKind.Person && e.Org is not null && !companies.Contains(e.Org))
            .Select(e => $"{e.Name} → {e.Org}")
            .ToList();

        Assert.True(unknown.Count == 0, "people whose org is no company of the gazetteer:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void Gazetteer_HasTheBroadenedCoverage()
    {
        var entries = Shipped.Value.Entries.Values;

        Assert.True(entries.Count(e => e.Kind == EntryKind.Company) >= 1300, "companies");
        Assert.True(entries.Count(e => e.Kind == EntryKind.Person) >= 600, "people");
    }

    [Fact]
    public void ArabicSentence_ThirdPassFundsNeocloudsAndAnalysts_AreRecognised()
    {
        const string text = "استثمرت ألفا ويف غلوبال وبوينت 72 في تنسور ويف، فيما قال عبدالسلام المرشدي إن جهاز الاستثمار العماني سيدعم كوتو فنتشرز. "
            + "ووقّعت إي 2 إي نتوركس اتفاقاً مع تاتا للاتصالات، وقال المحلل هارلان سور إن الطلب على رقائق مايكروتشيب قوي.";

        var result = ExtractFinding(text, "alpha-wave-global", "point72", "tensorwave", "abdulsalam-al-murshidi", "oman-investment-authority", "cotu-ventures", "e2e-networks", "tata-communications", "harlan-sur", "microchip-technology");

        Assert.Contains(result.Relations, r => r.Type == "INVESTS_IN" && r.From == "alpha-wave-global" && r.To == "tensorwave");
    }

    [Fact]
    public void EnglishSentence_ThirdPassBrokeragesFundsAndFounders_AreRecognised()
    {
        // A brokerage whose analyst is quoted is a company of the graph, not a cited medium.
        const string text = "Jefferies analyst Brent Thill said Point72 and Jane Street invested $100 million in Fluidstack, "
            + "while Sridhar Vembu said Zoho would buy servers from Supermicro.";

        var result = ExtractFinding(text, "jefferies", "brent-thill", "point72", "jane-street", "fluidstack", "sridhar-vembu", "zoho", "supermicro");

        Assert.Contains(result.Relations, r => r.Type == "INVESTS_IN" && r.From == "jane-street" && r.To == "fluidstack");
    }

    [Fact]
    public void Sentences_WordsNearThirdPassNames_AreNoEntities()
    {
        // "مازن" (a first name), "الكيبل" (cable), "زاوية" (angle), "الفنار" (lighthouse) and "capital group" are no company alone;
        // "Shenzhen Capital Group" is not the Capital Group Companies inside it.
        const string arabic = "قال مازن، وهو مهندس في الشركة، إن الكيبل الجديد يصل إلى المنارة، ونظر إلى المسألة من زاوية مختلفة، "
            + "وأضاف أن الفنار القديم ما زال قائماً. واستثمرت إنفيديا في شركة سيريبراس.";
        const string english = "The National Bank of Egypt said Shenzhen Capital Group invested in Baichuan, and a capital group of banks lent to the national grid operator.";

        Assert.Equal(["cerebras", "nvidia"], Extract(arabic).Entities.Select(e => e.Key).Order());
        Assert.Equal(["baichuan", "national-bank-of-egypt", "shenzhen-capital-group"], Extract(english).Entities.Select(e => e.Key).Order());
    }

    [Fact]
    public void ArabicSentence_NewCompaniesAndPeople_AreRecognisedWithTheirArabicSpellings()
    {
        const string text = "قال غوتام أداني إن مجموعة أداني ستبني مراكز بيانات مع ستونبيك، فيما وقّعت هانوا اتفاقاً مع وستنغهاوس. "
            + "واستثمرت ماكواري في فولتيج بارك، بينما أعلن صندوق محمد السادس للاستثمار دعمه لإنستاديب.";

        var result = ExtractFinding(text, "gautam-adani", "adani-group", "stonepeak", "hanwha", "westinghouse-electric", "macquarie-group", "voltage-park", "mohammed-vi-investment-fund", "instadeep");

        Assert.Contains(result.Relations, r => r.Type == "INVESTS_IN" && r.From == "macquarie-group" && r.To == "voltage-park");
    }

    [Fact]
    public void EnglishSentence_NewCompaniesAndPeople_AreRecognised()
    {
        const string text = "Sassine Ghazi said Synopsys had completed its purchase of Ansys. "
            + "Separately, Stonepeak invested $2 billion in Voltage Park, and Hut 8 agreed to supply power to Fluidstack.";

        var result = ExtractFinding(text, "sassine-ghazi", "synopsys", "ansys", "stonepeak", "voltage-park", "hut-8", "fluidstack");

        Assert.Contains(result.Relations, r => r.Type == "INVESTS_IN" && r.From == "stonepeak" && r.To == "voltage-park");
    }

    [Fact]
    public void ArabicSentence_ACommonFirstWordOfANewCompanyName_IsNotThatCompanyAlone()
    {
        // "طاقة أبوظبي" and "اتصالات الجزائر" are companies; "طاقة" (energy), "اتصالات" (telecoms) and "سيما" (لا سيما) alone are not.
        const string text = "أعلنت طاقة أبوظبي أنها ستزود مركز بيانات تابعا لجي 42 بالكهرباء، لأن المراكز تحتاج إلى طاقة كبيرة، "
            + "لا سيما بعد أن وقعت اتصالات الجزائر اتفاقا مع هواوي، وقال مسؤول إن قطاع اتصالات آخر سيلحق بها. واستثمرت سيما إيه آي في مشروع قرب بوسطن.";

        var result = Extract(text);

        Assert.Equal(["algerie-telecom", "g42", "huawei", "sima-ai", "taqa"], result.Entities.Select(e => e.Key).Order());
        Assert.DoesNotContain(result.Entities, e => e.Mentions.Any(m => m is "طاقة" or "اتصالات" or "سيما" or "بوسطن"));
    }

    [Fact]
    public void EnglishSentence_NamesThatAreAlsoOrdinaryWords_AreNotEntitiesInLowerCase()
    {
        // Ideogram, Replicate, Weights and Biases and Contextual AI are companies only as written by their owners.
        const string text = "Nvidia said researchers replicate results by tuning the weights and biases of a contextual AI model, "
            + "and one ideogram on the slide showed a caterpillar.";

        var result = Extract(text);

        Assert.Equal(["nvidia"], result.Entities.Select(e => e.Key));
    }

    [Fact]
    public void ArabicArticle_ACommonSurname_IsNoPersonOfTheCompanyNamed()
    {
        // Tom Brown co-founded Anthropic and Andy Power runs Digital Realty; "براون" and "باور" alone are anyone of that name.
        const string text = "وقعت ديجيتال ريالتي عقد إيجار مع أنثروبيك. وقال المحلل براون إن الطلب يرتفع، فيما قال باور إن الأسعار ستزيد.";

        var keys = Extract(text).Entities.Select(e => e.Key).ToList();

        Assert.Contains("digital-realty", keys);
        Assert.Contains("anthropic", keys);
        Assert.DoesNotContain("tom-brown", keys);
        Assert.DoesNotContain("andy-power", keys);
    }

    // Extracts the text and asserts that every key is among its entities.
    private static DocumentExtraction ExtractFinding(string text, params string[] keys)
    {
        var result = Extract(text);
        var found = result.Entities.Select(e => e.Key).ToHashSet();
        foreach (var key in keys)
        {
            Assert.Contains(key, found);
        }

        return result;
    }

    private static DocumentExtraction Extract(string text) =>
        Engine.Value.Extract(new DocumentReader().Parse("gazetteer.txt", Encoding.UTF8.GetBytes(text)));
}
