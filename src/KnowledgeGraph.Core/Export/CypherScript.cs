using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Export;

/// <summary>
/// The graph as a Cypher script for Neo4j Browser or cypher-shell (Neo4j 5 syntax): unique constraints first,
/// then one idempotent MERGE per node and relationship with every value written as an escaped literal.
/// Running it twice leaves the database as after the first run.
/// </summary>
public static class CypherScript
{
    public static string Render(GraphModel graph)
    {
        var sb = new StringBuilder();
        sb.Append("// KnowledgeGraph: ").Append(graph.Nodes.Count()).Append(" nodes, ")
            .Append(graph.Relationships.Count()).Append(" relationships.\n")
            .Append("// Idempotent: every node and relationship is MERGEd on its key, so running it again changes nothing.\n")
            .Append("// cypher-shell -u neo4j -p <password> -f graph.cypher   (or paste into Neo4j Browser)\n\n");

        foreach (var label in NodeLabels.All)
        {
            sb.Append("CREATE CONSTRAINT ").Append(label.ToLowerInvariant()).Append("_key IF NOT EXISTS FOR (n:")
                .Append(label).Append(") REQUIRE n.key IS UNIQUE;\n");
        }

        sb.Append('\n');
        foreach (var node in GraphOrder.Nodes(graph))
        {
            sb.Append("MERGE (n:").Append(node.Label).Append(" {key: ").Append(Literal(node.Key)).Append('}').Append(')');
            AppendSet(sb, "n", node.ToProperties().Where(kv => kv.Key != "key"));
            sb.Append(";\n");
        }

        sb.Append('\n');
        foreach (var rel in GraphOrder.Relationships(graph))
        {
            sb.Append("MATCH (a:").Append(rel.FromLabel).Append(" {key: ").Append(Literal(rel.FromKey)).Append("}) ")
                .Append("MATCH (b:").Append(rel.ToLabel).Append(" {key: ").Append(Literal(rel.ToKey)).Append("}) ")
                .Append("MERGE (a)-[r:").Append(rel.Type).Append("]->(b)");
            AppendSet(sb, "r", rel.ToProperties());
            sb.Append(";\n");
        }

        return sb.ToString();
    }

    public static void Write(GraphModel graph, string path) => AtomicFile.WriteAllText(path, Render(graph));

    /// <summary>A Cypher literal for a string, number, boolean, list of those, or null.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        double d => Number(d),
        float f => Number(f),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset t => Quote(t.ToString("O", CultureInfo.InvariantCulture)),
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Literal)) + "]",
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static void AppendSet(StringBuilder sb, string variable, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var items = properties.Where(kv => kv.Value is not null).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        if (items.Count == 0)
        {
            return;
        }

        sb.Append(" SET ").Append(variable).Append(" += {");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(Name(items[i].Key)).Append(": ").Append(Literal(items[i].Value));
        }

        sb.Append('}');
    }

    private static string Name(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static string Number(double d)
    {
        if (!double.IsFinite(d))
        {
            return "null";
        }

        // Whole amounts as integers; otherwise round-trip form. Cypher's exponent takes no '+' sign.
        if (d == Math.Floor(d) && Math.Abs(d) < 9e15)
        {
            return ((long)d).ToString(CultureInfo.InvariantCulture);
        }

        return d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
    }

    private static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                default:
                    if (char.IsControl(c))
                    {
                        sb.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('\'').ToString();
    }
}
