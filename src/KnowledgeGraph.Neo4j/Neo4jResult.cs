using System.Text.Json;

namespace KnowledgeGraph.Neo4j;

/// <summary>The columns and rows one statement returned; each row holds one JSON value per column.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<JsonElement>> Rows)
{
    /// <summary>The value of <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public JsonElement this[int row, string column]
    {
        get
        {
            var index = Columns.ToList().IndexOf(column);
            if (index < 0)
            {
                throw new KeyNotFoundException($"the result has no column '{column}' (columns: {string.Join(", ", Columns)})");
            }

            return Rows[row][index];
        }
    }
}
