namespace KnowledgeGraph.Neo4j;

/// <summary>Turns Neo4j's status codes into the typed exceptions, with messages that say what is wrong.</summary>
internal static class Neo4jErrors
{
    public static Neo4jException FromServer(string code, string serverMessage, string? cypher, Uri server, string user)
    {
        var where = cypher is null ? "" : $" in statement '{Shorten(cypher)}'";
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            var what = code switch
            {
                "Neo.ClientError.Security.AuthenticationRateLimit" =>
                    "too many failed logins: the server refuses every login for a few seconds",
                "Neo.ClientError.Security.CredentialsExpired" or "Neo.ClientError.Security.Forbidden"
                    when serverMessage.Contains("change", StringComparison.OrdinalIgnoreCase) =>
                    "the password must be changed before first use (neo4j-admin set-initial-password)",
                "Neo.ClientError.Security.Forbidden" => "the user may not do this",
                _ => "wrong user or password",
            };
            return new Neo4jAuthenticationException(code, $"Neo4j at {server} refused user '{user}': {what} ({code}: {serverMessage})");
        }

        if (code == "Neo.ClientError.Statement.SyntaxError")
        {
            return new Neo4jSyntaxException(code, $"Cypher syntax error{where}: {serverMessage} ({code})");
        }

        if (code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal) && code.Contains("Constraint", StringComparison.Ordinal))
        {
            return new Neo4jConstraintException(code, $"constraint violated{where}: {serverMessage} ({code})");
        }

        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            return new Neo4jTransientException(code, $"transient Neo4j error{where}: {serverMessage} ({code})");
        }

        if (code is "Neo.ClientError.Database.DatabaseNotFound" or "Neo.ClientError.Database.DatabaseUnavailable")
        {
            return new Neo4jException(code, $"Neo4j at {server}: {serverMessage} (check Neo4j:Database) ({code})");
        }

        return new Neo4jException(code, $"Neo4j error{where}: {serverMessage} ({code})");
    }

    public static string Shorten(string cypher)
    {
        var flat = string.Join(' ', cypher.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }

    /// <summary>The URL without user info, so credentials put into it never reach a message.</summary>
    public static Uri Redact(Uri uri) =>
        string.IsNullOrEmpty(uri.UserInfo) ? uri : new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
}
