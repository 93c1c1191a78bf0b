using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Neo4j;

namespace KnowledgeGraph.Bench;

/// <summary>
/// A benchmark-only <see cref="INeo4jClient"/> whose statements can be stopped on the server: each runs in an
/// explicit HTTP transaction, and cancelling deletes that transaction, which terminates the running query. An
/// auto-commit request cannot be stopped that way, and Neo4j 3.1 community has no dbms.killQuery.
/// </summary>
internal sealed class TerminableNeo4jClient(Neo4jHttpClient inner, Neo4jOptions options) : INeo4jClient
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<Neo4jResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default)
    {
        var info = await inner.GetServerInfoAsync(ct);
        var txRoot = info.TransactionEndpoint.ToString();
        txRoot = txRoot.EndsWith("/commit", StringComparison.Ordinal) ? txRoot[..^"/commit".Length] : txRoot;
        using var begin = await SendAsync(HttpMethod.Post, new Uri(txRoot), """{"statements":[]}""", CancellationToken.None);
        var transaction = begin.Headers.Location ?? throw new InvalidOperationException("the server opened no transaction");
        await using var stop = ct.Register(() => _ = SendAsync(HttpMethod.Delete, transaction, null, CancellationToken.None));
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement = cypher, parameters = parameters ?? new Dictionary<string, object?>() } } });
        using var response = await SendAsync(HttpMethod.Post, new Uri(transaction + "/commit"), body, ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None));
        if (json.RootElement.GetProperty("errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"Neo4j: {errors[0].GetProperty("code").GetString()}: {errors[0].GetProperty("message").GetString()}");
        }

        var result = json.RootElement.GetProperty("results")[0];
        return new Neo4jResult(
            [.. result.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)],
            [.. result.GetProperty("data").EnumerateArray().Select(d => (IReadOnlyList<JsonElement>)[.. d.GetProperty("row").EnumerateArray().Select(v => v.Clone())])]);
    }

    public Task<IReadOnlyList<Neo4jResult>> RunInTransactionAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken ct = default) =>
        inner.RunInTransactionAsync(statements, ct);

    public Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken ct = default) => inner.GetServerInfoAsync(ct);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, string? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await _http.SendAsync(request, ct);
        return response.EnsureSuccessStatusCode();
    }
}
