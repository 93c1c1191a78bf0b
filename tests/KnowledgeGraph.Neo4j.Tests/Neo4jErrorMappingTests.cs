using System.Net;
using System.Text;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>How answers become exceptions and which are retried, with canned HTTP answers (no server).</summary>
public sealed class Neo4jErrorMappingTests
{
    private const string Discovery = """{"data": "http://0.0.0.0:7474/db/data/"}""";
    private const string Data = """{"transaction": "http://0.0.0.0:7474/db/data/transaction", "neo4j_version": "3.1.1"}""";
    private const string Ok = """{"results": [{"columns": ["x"], "data": [{"row": [1]}]}], "errors": []}""";

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", 2)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", 2)]
    public async Task TransientError_IsRetriedUntilItSucceeds(string code, int failures)
    {
        var handler = new CannedHandler([Discovery, Data, .. Enumerable.Repeat(Error(code), failures), Ok]);

        var result = await Client(handler).RunAsync("RETURN 1 AS x");

        Assert.Equal(1, result.Rows[0][0].GetInt32());
        Assert.Equal(failures + 1, handler.Posts);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(Neo4jTransientException))]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(Neo4jTransientException))]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(Neo4jSyntaxException))]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(Neo4jConstraintException))]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(Neo4jAuthenticationException))]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", typeof(Neo4jException))]
    public async Task NonRetryableError_IsThrownAtOnceWithItsType(string code, Type expected)
    {
        var handler = new CannedHandler([Discovery, Data, Error(code), Ok]);

        var error = await Assert.ThrowsAnyAsync<Neo4jException>(() => Client(handler).RunAsync("RETURN 1 AS x"));

        Assert.IsType(expected, error);
        Assert.Equal(code, error.Code);
        Assert.Equal(1, handler.Posts);
    }

    [Fact]
    public async Task ServiceUnavailable503_IsRetried()
    {
        var handler = new CannedHandler([Discovery, Data, "503", Ok]);

        await Client(handler).RunAsync("RETURN 1 AS x");

        Assert.Equal(2, handler.Posts);
    }

    [Fact]
    public async Task Discovery_On4xAndLater_UsesTheDatabaseFromTheOptions()
    {
        var handler = new CannedHandler(["""{"transaction": "http://neo4j:7474/db/{databaseName}/tx", "neo4j_version": "5.26.0"}""", Ok]);

        await Client(handler, "analytics").RunAsync("RETURN 1 AS x");

        Assert.Equal("http://db.example:7474/db/analytics/tx/commit", handler.LastUri?.ToString());
    }

    private static Neo4jHttpClient Client(CannedHandler handler, string database = "neo4j") =>
        new(new HttpClient(handler), new Neo4jOptions
        {
            Uri = new Uri("http://db.example:7474"), Password = "secret", Database = database, RetryDelay = TimeSpan.FromMilliseconds(1),
        });

    private static string Error(string code) => $$"""{"results": [], "errors": [{"code": "{{code}}", "message": "canned"}]}""";

    private sealed class CannedHandler(IReadOnlyList<string> answers) : HttpMessageHandler
    {
        private int _next;

        public int Posts { get; private set; }

        public Uri? LastUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post)
            {
                Posts++;
            }

            LastUri = request.RequestUri;
            var answer = answers[Math.Min(_next++, answers.Count - 1)];
            return Task.FromResult(answer == "503"
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") });
        }
    }
}
