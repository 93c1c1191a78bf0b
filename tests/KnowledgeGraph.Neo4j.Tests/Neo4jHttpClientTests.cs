namespace KnowledgeGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jHttpClientTests(Neo4jServerFixture server) : IAsyncLifetime
{
    public Task InitializeAsync() => server.WipeAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RunAsync_WithParameters_ReturnsColumnsAndRowsAndKeepsArabicText()
    {
        var result = await server.Client.RunAsync(
            "UNWIND $names AS name RETURN name, size(name) AS length ORDER BY length",
            new Dictionary<string, object?> { ["names"] = new[] { "إنفيديا", "OpenAI" } });

        Assert.Equal(["name", "length"], result.Columns);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("OpenAI", result[0, "name"].GetString());
        Assert.Equal("إنفيديا", result[1, "name"].GetString());
        Assert.Equal(7, result[1, "length"].GetInt32());
    }

    [Fact]
    public async Task RunAsync_ParametersOfEveryShapeTheLoaderSends_ReachTheServerUnchanged()
    {
        var rows = new[]
        {
            new Dictionary<string, object?>
            {
                ["name"] = "إنفيديا \"Nvidia\"\n", ["count"] = 3, ["big"] = 5_000_000_000L, ["amount"] = 1.5e9,
                ["yes"] = true, ["none"] = null, ["aliases"] = new List<string> { "إنفيديا", "NVDA" },
                ["map"] = new Dictionary<string, string> { ["role"] = "lead" }, ["at"] = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            },
        };

        var result = await server.Client.RunAsync(
            "UNWIND $rows AS r RETURN r.name, r.count, r.big, r.amount, r.yes, r.none IS NULL, r.aliases, r.map.role, r.at",
            new Dictionary<string, object?> { ["rows"] = rows });

        var row = result.Rows.Single();
        Assert.Equal("إنفيديا \"Nvidia\"\n", row[0].GetString());
        Assert.Equal(3, row[1].GetInt32());
        Assert.Equal(5_000_000_000L, row[2].GetInt64());
        Assert.Equal(1.5e9, row[3].GetDouble());
        Assert.True(row[4].GetBoolean());
        Assert.True(row[5].GetBoolean());
        Assert.Equal(["إنفيديا", "NVDA"], row[6].EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("lead", row[7].GetString());
        Assert.Equal("2026-01-02T03:04:05+00:00", row[8].GetString());
    }

    [Fact]
    public async Task RunInTransactionAsync_FailingStatement_RollsBackTheEarlierOnes()
    {
        var statements = new List<Neo4jStatement>
        {
            new("CREATE (:Company {key: $key})", new Dictionary<string, object?> { ["key"] = "rolled-back" }),
            new("THIS IS NOT CYPHER"),
        };

        var error = await Assert.ThrowsAsync<Neo4jSyntaxException>(() => server.Client.RunInTransactionAsync(statements));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("THIS IS NOT CYPHER", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, error.Message, StringComparison.Ordinal);
        var count = await server.Client.RunAsync("MATCH (n:Company {key: 'rolled-back'}) RETURN count(n) AS n");
        Assert.Equal(0, count.Rows[0][0].GetInt32());
    }

    [Fact]
    public async Task StreamInTransactionAsync_StatementsBuiltWhileSending_CommitInOrder()
    {
        var built = 0;
        IEnumerable<Neo4jStatement> Statements()
        {
            for (var i = 0; i < 5; i++)
            {
                built++;
                yield return new("MERGE (c:Company {key: 'streamed'}) SET c.steps = coalesce(c.steps, []) + $step",
                    new Dictionary<string, object?> { ["step"] = i });
            }
        }

        var http = server.CreateClient();
        var results = await http.StreamInTransactionAsync(Statements(), CancellationToken.None);

        Assert.Equal(5, built);
        Assert.Equal(5, results.Count);
        var steps = await server.Client.RunAsync("MATCH (c:Company {key: 'streamed'}) RETURN c.steps AS steps");
        Assert.Equal([0, 1, 2, 3, 4], steps.Rows[0][0].EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task StreamInTransactionAsync_FailingStatementBeforeMegabytesMore_ThrowsTypedErrorAndRollsBack()
    {
        // The server answers as soon as a statement fails, while the client is still writing the rest of the body:
        // that must still be the statement's error, not a broken connection (which would be retried).
        var rows = Enumerable.Range(0, 5000).Select(i => new Dictionary<string, object?> { ["key"] = $"after-{i}", ["text"] = new string('x', 200) }).ToList();
        IEnumerable<Neo4jStatement> Statements()
        {
            yield return new("CREATE (:Company {key: $key})", new Dictionary<string, object?> { ["key"] = "rolled-back" });
            yield return new("THIS IS NOT CYPHER");
            for (var i = 0; i < 20; i++)
            {
                yield return new("UNWIND $rows AS row CREATE (:Company {key: row.key, text: row.text})", new Dictionary<string, object?> { ["rows"] = rows });
            }
        }

        var http = server.CreateClient(o => o.MaxRetryAttempts = 0);
        var error = await Assert.ThrowsAsync<Neo4jSyntaxException>(() => http.StreamInTransactionAsync(Statements(), CancellationToken.None));

        Assert.Contains("THIS IS NOT CYPHER", error.Message, StringComparison.Ordinal);
        var count = await server.Client.RunAsync("MATCH (n:Company) RETURN count(n) AS n");
        Assert.Equal(0, count.Rows[0][0].GetInt32());
    }

    [Fact]
    public async Task GetServerInfoAsync_ReadsVersionAndEndpoint()
    {
        var info = await server.Client.GetServerInfoAsync();

        Assert.Matches(@"^\d+\.\d+", info.Version);
        Assert.NotEqual("unknown", info.Edition);
        Assert.EndsWith("/commit", info.TransactionEndpoint.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(server.Url.Port, info.TransactionEndpoint.Port);
    }

    [Fact]
    public async Task RunAsync_DuplicateKeyUnderConstraint_ThrowsConstraintException()
    {
        var loader = new Neo4jGraphLoader(server.Client, server.CreateOptions());
        await loader.EnsureSchemaAsync();
        await server.Client.RunAsync("CREATE (:Company {key: 'twin'})");

        var error = await Assert.ThrowsAsync<Neo4jConstraintException>(() => server.Client.RunAsync("CREATE (:Company {key: 'twin'})"));

        Assert.StartsWith("Neo.ClientError.Schema.", error.Code, StringComparison.Ordinal);
        Assert.Contains("twin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureSchemaAsync_Twice_KeepsOneConstraintPerLabel()
    {
        var loader = new Neo4jGraphLoader(server.Client, server.CreateOptions());

        await loader.EnsureSchemaAsync();
        await loader.EnsureSchemaAsync();

        var constraints = await server.Client.RunAsync("CALL db.constraints()");
        foreach (var label in new[] { "Company", "Person", "Deal", "Document" })
        {
            Assert.Single(constraints.Rows, r => r[0].ToString().Contains($":{label}", StringComparison.Ordinal));
        }
    }
}
