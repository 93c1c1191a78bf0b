using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// cypher/style.grass read the way Neo4j Browser reads it: selectors and ';'-separated properties in braces,
/// only single quotes delimit strings, and there is no comment syntax.
/// </summary>
public class GrassStyleTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepositoryRoot(), "cypher", "style.grass"));

    [Fact]
    public void Grass_UsesOnlySyntaxNeo4jBrowserParses()
    {
        Assert.DoesNotContain("\"", Text);
        Assert.DoesNotContain("/*", Text);
        Assert.DoesNotContain("//", Text);
    }

    [Theory]
    [InlineData(NodeLabels.Company, "{name}")]
    [InlineData(NodeLabels.Person, "{name}")]
    [InlineData(NodeLabels.Deal, "{summary}")]
    [InlineData(NodeLabels.Document, "{title}")]
    public void Grass_EachLabel_HasItsOwnColourAndCaption(string label, string caption)
    {
        var rule = Rules()["node." + label];

        Assert.Equal(caption, rule["caption"]);
        Assert.Matches("^#[0-9A-F]{6}$", rule["color"]);
        Assert.Single(Rules(), r => r.Key.StartsWith("node.", StringComparison.Ordinal) && r.Value["color"] == rule["color"]);
    }

    [Fact]
    public void Grass_BusinessRelationships_AreCaptionedByTypeAndMoneyByAmount()
    {
        var rules = Rules();
        foreach (var type in RelTypes.Business)
        {
            Assert.StartsWith(type, rules["relationship." + type]["caption"]);
        }

        Assert.Equal("INVESTS_IN {amountText}", rules["relationship.INVESTS_IN"]["caption"]);
        Assert.Equal("BUYS_FROM {amountText}", rules["relationship.BUYS_FROM"]["caption"]);
    }

    [Fact]
    public void Grass_Companies_AreDrawnLargest()
    {
        var rules = Rules();
        static int Diameter(Dictionary<string, string> rule) => int.Parse(rule["diameter"].TrimEnd('p', 'x'));

        Assert.All(NodeLabels.All.Where(l => l != NodeLabels.Company), l => Assert.True(Diameter(rules["node." + NodeLabels.Company]) > Diameter(rules["node." + l])));
    }

    // Character by character, as Neo4j Browser does: quotes toggle a string and are dropped, braces outside a
    // string open and close a rule, whitespace outside braces is ignored.
    private static Dictionary<string, Dictionary<string, string>> Rules()
    {
        var rules = new Dictionary<string, Dictionary<string, string>>();
        var (inString, inProps, keyword, props) = (false, false, "", "");
        foreach (var c in Text)
        {
            if (c == '\'')
            {
                inString = !inString;
            }
            else if (c == '{' && !inString)
            {
                inProps = true;
            }
            else if (c == '}' && !inString)
            {
                rules[keyword] = props.Split(';').Select(p => p.Split(':', 2)).Where(p => p.Length == 2)
                    .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
                (inProps, keyword, props) = (false, "", "");
            }
            else if (inProps)
            {
                props += c;
            }
            else if (!char.IsWhiteSpace(c))
            {
                keyword += c;
            }
        }

        return rules;
    }

    private static string RepositoryRoot() => KnowledgeGraph.Testing.TestRepository.Root;
}
