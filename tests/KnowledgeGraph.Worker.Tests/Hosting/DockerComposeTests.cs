using KnowledgeGraph.Worker.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Worker.Tests.Hosting;

/// <summary>No Docker engine here: the compose file is checked by reading it.</summary>
public sealed class DockerComposeTests
{
    private static readonly YamlMappingNode Compose = Load();

    private static YamlMappingNode Service(string name) => Map(Map(Compose, "services"), name);

    [Fact]
    public void Neo4j_IsVersion5CommunityWithApoc_AuthFromEnvFile_Ports_Volumes_HealthCheck()
    {
        var neo4j = Service("neo4j");

        Assert.Equal("neo4j:5-community", Scalar(neo4j, "image"));
        Assert.Equal(".env", Scalar(neo4j, "env_file"));
        Assert.Contains("apoc", Scalar(Map(neo4j, "environment"), "NEO4J_PLUGINS"), StringComparison.Ordinal);
        Assert.Equal(["7474:7474", "7687:7687"], Sequence(neo4j, "ports"));
        Assert.Equal(["neo4j-data:/data", "neo4j-logs:/logs", "neo4j-plugins:/plugins"], Sequence(neo4j, "volumes"));
        var health = Map(neo4j, "healthcheck");
        Assert.Contains("cypher-shell", string.Join(" ", Sequence(health, "test")), StringComparison.Ordinal);
        Assert.All(["interval", "timeout", "retries", "start_period"], k => Assert.NotEmpty(Scalar(health, k)));
    }

    [Fact]
    public void Worker_IsBuiltHere_WatchesTheMountedInbox_AfterNeo4jIsHealthy()
    {
        var worker = Service("worker");

        Assert.Equal("Dockerfile", Scalar(Map(worker, "build"), "dockerfile"));
        Assert.Equal(["watch", "/inbox", "--out", "/out"], Sequence(worker, "command"));
        Assert.Equal("service_healthy", Scalar(Map(Map(worker, "depends_on"), "neo4j"), "condition"));
        var env = Map(worker, "environment");
        Assert.Equal("http://neo4j:7474", Scalar(env, "KG__Neo4j__Uri"));
        Assert.StartsWith("${NEO4J_PASSWORD", Scalar(env, "KG__Neo4j__Password"), StringComparison.Ordinal);
        Assert.Contains(Sequence(worker, "volumes"), v => v.EndsWith(":/inbox:ro", StringComparison.Ordinal));
        Assert.Contains(Sequence(worker, "volumes"), v => v.EndsWith(":/out", StringComparison.Ordinal));
        Assert.Equal("SIGTERM", Scalar(worker, "stop_signal"));
    }

    [Fact]
    public void NamedVolumes_AreDeclared_AndTheEnvExampleHasTheSettings()
    {
        var declared = Map(Compose, "volumes").Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        Assert.Equal(["neo4j-data", "neo4j-logs", "neo4j-plugins", "worker-logs"], declared);

        var example = File.ReadAllLines(Path.Combine(Repo.Root, ".env.example"));
        Assert.Contains(example, l => l.StartsWith("NEO4J_AUTH=neo4j/", StringComparison.Ordinal));
        Assert.Contains(example, l => l.StartsWith("NEO4J_PASSWORD=", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_IsMultiStage_AndRunsTheWorkerInWatchMode()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "Dockerfile"));

        Assert.Contains(lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/runtime:10.0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("COPY --from=build", StringComparison.Ordinal));
        Assert.Contains("CMD [\"watch\", \"/inbox\", \"--out\", \"/out\"]", lines);

        // Everything the projects read from outside src/ must be in the build context.
        Assert.Contains("COPY data/ data/", lines);
        Assert.Contains("COPY cypher/ cypher/", lines);
    }

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Repo.Root, "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        [.. ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children.Select(c => ((YamlScalarNode)c).Value!)];
}
