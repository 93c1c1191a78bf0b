namespace KnowledgeGraph.Neo4j;

/// <summary>What the client learnt about the server: version (e.g. <c>3.1.1</c>, <c>5.26.0</c>), edition, endpoint.</summary>
public sealed record Neo4jServerInfo(string Version, string Edition, Uri TransactionEndpoint)
{
    /// <summary>The version's first two numbers (<c>2025.01.0</c> → 2025.1); 0.0 when unreadable.</summary>
    public Version ParsedVersion
    {
        get
        {
            var parts = Version.Split('.', '-');
            return parts.Length >= 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor)
                ? new Version(major, minor)
                : new Version(0, 0);
        }
    }

    /// <summary>True from 4.4 on, where <c>CREATE CONSTRAINT name IF NOT EXISTS FOR ... REQUIRE</c> is understood.</summary>
    public bool SupportsModernSchemaSyntax => ParsedVersion >= new Version(4, 4);
}
