namespace KnowledgeGraph.Neo4j.Tests;

[Collection(ScratchCollection.Name)]
public sealed class Neo4jResilienceTests(ScratchServerFixture server)
{
    [Fact]
    public async Task RunAsync_ServerStoppedAndRestartedDuringBackoff_Succeeds()
    {
        var log = new RecordingLogger<Neo4jHttpClient>();
        var client = server.CreateClient(o => { o.RetryDelay = TimeSpan.FromSeconds(1); o.MaxRetryAttempts = 8; }, log);
        await client.RunAsync("MATCH (n:Company {key: 'after-restart'}) DELETE n");

        await server.HaltAsync();
        var write = client.RunAsync("CREATE (c:Company {key: 'after-restart'}) RETURN c.key");
        while (log.Count("Neo4j request failed") == 0 && !write.IsCompleted)
        {
            await Task.Delay(100);
        }

        await server.ResumeAsync();
        var result = await write;

        Assert.Equal("after-restart", result.Rows[0][0].GetString());
        Assert.Contains(log.Entries, e => e.Message.Contains("KnowledgeGraph.ServiceUnavailable", StringComparison.Ordinal));
        var stored = await client.RunAsync("MATCH (n:Company {key: 'after-restart'}) RETURN count(n)");
        Assert.Equal(1, stored.Rows[0][0].GetInt32());
    }

    [Fact]
    public async Task RunAsync_SyntaxError_IsNotRetried()
    {
        var log = new RecordingLogger<Neo4jHttpClient>();
        var client = server.CreateClient(logger: log);

        var error = await Assert.ThrowsAsync<Neo4jSyntaxException>(() => client.RunAsync("MATCH (n RETURN n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("MATCH (n RETURN n", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, log.Count("Neo4j request failed"));
    }

    [Fact]
    public async Task RunAsync_WrongPassword_ThrowsAuthenticationErrorWithoutRetryOrPassword()
    {
        var log = new RecordingLogger<Neo4jHttpClient>();
        var client = server.CreateClient(o => o.Password = "not-the-password-42", log);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1"));

        Assert.StartsWith("Neo.ClientError.Security.", error.Code, StringComparison.Ordinal);
        Assert.Contains("wrong user or password", error.Message, StringComparison.Ordinal);
        Assert.Contains("'neo4j'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-42", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Password, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, log.Count("Neo4j request failed"));
        await WaitUntilLoginWorksAsync();
    }

    [Fact]
    public async Task RunAsync_ThreeWrongPasswords_SaysTheUserIsLockedOutForAWhile()
    {
        var client = server.CreateClient(o => o.Password = "wrong");
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.RunAsync("RETURN 1"));
        }

        var right = server.CreateClient();
        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => right.RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.AuthenticationRateLimit", error.Code);
        Assert.Contains("too many failed logins", error.Message, StringComparison.Ordinal);
        await WaitUntilLoginWorksAsync();
    }

    // The server refuses even the right password for 5 s after 3 failed logins: leave it usable for the next test.
    private async Task WaitUntilLoginWorksAsync()
    {
        var client = server.CreateClient(o => o.MaxRetryAttempts = 0);
        for (var i = 0; ; i++)
        {
            try
            {
                await client.RunAsync("RETURN 1");
                return;
            }
            catch (Neo4jAuthenticationException) when (i < 40)
            {
                await Task.Delay(500);
            }
        }
    }
}
