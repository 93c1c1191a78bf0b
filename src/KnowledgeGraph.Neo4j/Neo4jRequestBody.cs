using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// The JSON body of a transactional request. Parameter values are written by hand for the shapes the loader and
/// the query pack use (strings, numbers, booleans, lists, maps); anything else goes to <see cref="JsonSerializer"/>.
/// </summary>
internal static class Neo4jRequestBody
{
    // The body goes to Neo4j, never into a page: Arabic text as UTF-8 (two bytes a letter), not as \uXXXX escapes
    // (six). An Arabic article's parameters are about half the size, and the server parses them faster.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Serialize(IReadOnlyList<Neo4jStatement> statements)
    {
        // The reflection serializer over object-typed dictionaries spent seconds on a bulk load's 50 MB; a
        // type switch per value is several times faster and writes the same JSON.
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("statements");
            foreach (var s in statements)
            {
                WriteStatement(w, s);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the body to <paramref name="stream"/> statement by statement, enumerating <paramref name="statements"/>
    /// only as it goes and flushing after each one: Neo4j reads and runs a request's statements one after another,
    /// so it runs the first ones while later ones are still being built. Each statement written is added to
    /// <paramref name="sent"/> (to name the one that failed).
    /// </summary>
    public static async Task WriteAsync(Stream stream, IEnumerable<Neo4jStatement> statements, List<Neo4jStatement> sent, CancellationToken ct)
    {
        await using var w = new Utf8JsonWriter(stream, WriterOptions);
        w.WriteStartObject();
        w.WriteStartArray("statements");
        foreach (var s in statements)
        {
            WriteStatement(w, s);
            sent.Add(s);
            await w.FlushAsync(ct);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct);
    }

    private static void WriteStatement(Utf8JsonWriter w, Neo4jStatement s)
    {
        w.WriteStartObject();
        w.WriteString("statement", s.Cypher);
        w.WritePropertyName("parameters");
        w.WriteStartObject();
        if (s.Parameters is not null)
        {
            foreach (var (name, value) in s.Parameters)
            {
                w.WritePropertyName(name);
                WriteValue(w, value);
            }
        }

        w.WriteEndObject();
        w.WriteStartArray("resultDataContents");
        w.WriteStringValue("row");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case double d:
                w.WriteNumberValue(d);
                break;
            case List<string> strings:
                w.WriteStartArray();
                foreach (var item in strings)
                {
                    w.WriteStringValue(item);
                }

                w.WriteEndArray();
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                w.WriteStartObject();
                foreach (var (name, item) in map)
                {
                    w.WritePropertyName(name);
                    WriteValue(w, item);
                }

                w.WriteEndObject();
                break;
            case IDictionary dictionary:
                w.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    w.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    WriteValue(w, entry.Value);
                }

                w.WriteEndObject();
                break;
            case IEnumerable items:
                w.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(w, item);
                }

                w.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(w, value, value.GetType(), SerializerOptions);
                break;
        }
    }
}
