using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j;

/// <summary>Registers the Neo4j client and loader.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="Neo4jOptions"/> to <paramref name="neo4jSection"/> (validated at start) and registers
    /// <see cref="INeo4jClient"/> (HTTP) and <see cref="Neo4jGraphLoader"/> as singletons.
    /// </summary>
    public static IServiceCollection AddNeo4jGraph(this IServiceCollection services, IConfiguration neo4jSection)
    {
        services.AddOptions<Neo4jOptions>().Bind(neo4jSection).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(nameof(Neo4jHttpClient), http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<INeo4jClient>(sp => new Neo4jHttpClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(Neo4jHttpClient)),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            sp.GetService<ILogger<Neo4jHttpClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new Neo4jGraphLoader(
            sp.GetRequiredService<INeo4jClient>(),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value,
            sp.GetService<ILogger<Neo4jGraphLoader>>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
