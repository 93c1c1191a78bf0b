using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// <see cref="INeo4jClient"/> over Neo4j's HTTP transactional API: discovers the endpoint from the base URL
/// (<c>/db/data/transaction/commit</c> on 3.x, <c>/db/{database}/tx/commit</c> from 4.0), sends every call as one
/// auto-committed request, turns <c>errors[]</c> into typed exceptions and retries transient failures with
/// exponential backoff and jitter.
/// </summary>
public sealed class Neo4jHttpClient : INeo4jClient
{
    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly Uri _server;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;
    private readonly SemaphoreSlim _discoveryLock = new(1, 1);
    private Uri? _commitEndpoint;
    private string? _advertisedVersion;
    private Neo4jServerInfo? _serverInfo;

    /// <param name="http">Used as is; its own timeout is not relied on (see <see cref="Neo4jOptions.Timeout"/>).</param>
    public Neo4jHttpClient(HttpClient http, Neo4jOptions options, ILogger<Neo4jHttpClient>? logger = null, TimeProvider? time = null)
    {
        _http = http;
        _options = options;
        _server = Neo4jErrors.Redact(options.Uri ?? throw new ArgumentException("Neo4j:Uri is required", nameof(options)));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _retry = new ResiliencePipelineBuilder { TimeProvider = time ?? TimeProvider.System }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<Neo4jTransientException>(e => e.IsRetryable)
                    .Handle<Neo4jUnavailableException>(),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts),
                Delay = options.RetryDelay,
                OnRetry = args =>
                {
                    _logger.LogWarning("Neo4j request failed ({Code}), retry {Attempt} in {Delay}: {Message}",
                        (args.Outcome.Exception as Neo4jException)?.Code, args.AttemptNumber + 1, args.RetryDelay,
                        args.Outcome.Exception?.Message);
                    return default;
                },
            })
            .Build();
        if (options.MaxRetryAttempts == 0)
        {
            _retry = ResiliencePipeline.Empty;
        }
    }

    /// <inheritdoc />
    public async Task<Neo4jResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default)
    {
        var results = await RunInTransactionAsync([new Neo4jStatement(cypher, parameters)], ct);
        return results[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Neo4jResult>> RunInTransactionAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken ct = default)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        return await RunInTransactionAsync(statements, Neo4jRequestBody.Serialize(statements), ct);
    }

    private async Task<IReadOnlyList<Neo4jResult>> RunInTransactionAsync(IReadOnlyList<Neo4jStatement> statements, byte[] body, CancellationToken ct) =>
        await _retry.ExecuteAsync(async token =>
        {
            var endpoint = await CommitEndpointAsync(token);
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            var root = await SendAsync(HttpMethod.Post, endpoint, content, () => statements, token);
            return ReadResults(root);
        }, ct);

    /// <summary>
    /// One transaction whose request body is written while it is sent: <paramref name="statements"/> is enumerated
    /// (again on a retry) as the body goes out, so the server runs the first statements while the client still
    /// builds the later ones. For a bulk load whose plan and body take the client seconds.
    /// </summary>
    internal async Task<IReadOnlyList<Neo4jResult>> StreamInTransactionAsync(IEnumerable<Neo4jStatement> statements, CancellationToken ct) =>
        await _retry.ExecuteAsync(async token =>
        {
            var endpoint = await CommitEndpointAsync(token);
            var content = new Neo4jStatementsContent(statements);
            var root = await SendAsync(HttpMethod.Post, endpoint, content, () => content.Sent, token);
            return ReadResults(root);
        }, ct);

    /// <inheritdoc />
    public async Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken ct = default)
    {
        if (_serverInfo is not null)
        {
            return _serverInfo;
        }

        var result = await RunAsync(Neo4jCypher.ServerComponents, ct: ct);
        var row = result.Rows.FirstOrDefault(r => r[0].GetString() == "Neo4j Kernel") ?? (result.Rows.Count > 0 ? result.Rows[0] : null);
        var version = row?[1].GetString() ?? _advertisedVersion ?? "0.0.0";
        var edition = row?[2].GetString() ?? "unknown";
        _serverInfo = new Neo4jServerInfo(version, edition, _commitEndpoint!);
        _logger.LogInformation("Neo4j {Version} ({Edition}) at {Endpoint}", version, edition, _commitEndpoint);
        return _serverInfo;
    }

    private async Task<Uri> CommitEndpointAsync(CancellationToken ct)
    {
        if (_commitEndpoint is not null)
        {
            return _commitEndpoint;
        }

        await _discoveryLock.WaitAsync(ct);
        try
        {
            if (_commitEndpoint is null)
            {
                var root = await SendAsync(HttpMethod.Get, _server, null, null, ct);
                string transaction;
                if (TryGetString(root, "transaction", out var tx))
                {
                    // 4.0 and later name the database in a template: http://host:7474/db/{databaseName}/tx
                    transaction = tx.Replace("{databaseName}", _options.Database, StringComparison.Ordinal);
                    TryGetString(root, "neo4j_version", out _advertisedVersion);
                }
                else if (TryGetString(root, "data", out var data))
                {
                    var dataRoot = await SendAsync(HttpMethod.Get, OnServer(data), null, null, ct);
                    transaction = TryGetString(dataRoot, "transaction", out var dataTx)
                        ? dataTx
                        : throw new Neo4jException("KnowledgeGraph.Discovery", $"{_server} named a data URL without a transaction endpoint");
                    TryGetString(dataRoot, "neo4j_version", out _advertisedVersion);
                }
                else
                {
                    throw new Neo4jException("KnowledgeGraph.Discovery",
                        $"{_server} does not look like Neo4j's HTTP connector (GET / named neither 'transaction' nor 'data')");
                }

                _commitEndpoint = OnServer(transaction.TrimEnd('/') + "/commit");
            }

            return _commitEndpoint;
        }
        finally
        {
            _discoveryLock.Release();
        }
    }

    // The server advertises URLs with the host it believes it has (0.0.0.0, a container name): keep the
    // configured scheme, host and port, take only the path.
    private Uri OnServer(string advertised) =>
        new(_server, Uri.TryCreate(advertised, UriKind.Absolute, out var abs) ? abs.AbsolutePath : advertised);

    private async Task<JsonElement> SendAsync(HttpMethod method, Uri uri, HttpContent? content, Func<IReadOnlyList<Neo4jStatement>>? statements, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}")));
        request.Content = content;

        HttpStatusCode status;
        string text;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = response.StatusCode;
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            // Either our Neo4j:Timeout or the HttpClient's own Timeout (a client handed in with its default 100 s).
            var limit = timeout.IsCancellationRequested ? $"{_options.Timeout} (Neo4j:Timeout)" : $"{_http.Timeout} (HttpClient.Timeout)";
            throw new Neo4jException("KnowledgeGraph.Timeout", $"Neo4j at {_server} did not answer within {limit}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new Neo4jUnavailableException("KnowledgeGraph.ServiceUnavailable", $"cannot reach Neo4j at {_server}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new Neo4jUnavailableException("KnowledgeGraph.ServiceUnavailable", $"connection to Neo4j at {_server} broke: {ex.Message}", ex);
        }

        var root = TryParse(text);
        if (root is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            var cypher = FailedStatement(obj, statements?.Invoke());
            throw status == HttpStatusCode.ServiceUnavailable && !code.StartsWith("Neo.ClientError.", StringComparison.Ordinal)
                ? new Neo4jUnavailableException(code, $"Neo4j at {_server} is unavailable: {message} ({code})")
                : Neo4jErrors.FromServer(code, message, cypher, _server, _options.User);
        }

        if (status == HttpStatusCode.ServiceUnavailable)
        {
            throw new Neo4jUnavailableException("Neo.TransientError.General.DatabaseUnavailable", $"Neo4j at {_server} answered 503 (unavailable)");
        }

        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)
        {
            var code = status == HttpStatusCode.TooManyRequests ? "Neo.ClientError.Security.AuthenticationRateLimit" : "Neo.ClientError.Security.Unauthorized";
            throw Neo4jErrors.FromServer(code, $"HTTP {(int)status}", null, _server, _options.User);
        }

        if ((int)status is < 200 or > 299 || root is null)
        {
            throw new Neo4jException($"KnowledgeGraph.Http{(int)status}",
                $"Neo4j at {_server} answered HTTP {(int)status} to {method} {uri.AbsolutePath}: {Neo4jErrors.Shorten(text)}");
        }

        return root.Value;
    }

    // The server stops at the failing statement: the results before it are the statements that succeeded.
    private static string? FailedStatement(JsonElement root, IReadOnlyList<Neo4jStatement>? statements)
    {
        if (statements is null || statements.Count == 0)
        {
            return null;
        }

        var done = root.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array ? results.GetArrayLength() : 0;
        return statements[Math.Min(done, statements.Count - 1)].Cypher;
    }

    private static JsonElement? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryGetString(JsonElement obj, string name, out string value)
    {
        value = "";
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
        {
            value = p.GetString() ?? "";
            return value.Length > 0;
        }

        return false;
    }

    private static IReadOnlyList<Neo4jResult> ReadResults(JsonElement root)
    {
        var list = new List<Neo4jResult>();
        if (!root.TryGetProperty("results", out var results))
        {
            return list;
        }

        foreach (var result in results.EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToList();
            var rows = new List<IReadOnlyList<JsonElement>>();
            foreach (var data in result.GetProperty("data").EnumerateArray())
            {
                rows.Add(data.GetProperty("row").EnumerateArray().ToList());
            }

            list.Add(new Neo4jResult(columns, rows));
        }

        return list;
    }
}
