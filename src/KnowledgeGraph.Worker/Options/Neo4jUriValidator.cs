using KnowledgeGraph.Neo4j;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Options;

/// <summary>
/// The configuration binder turns any text into a (relative) <see cref="Uri"/>, so a typo would pass the data
/// annotations: the address must be absolute http or https, without a password in it.
/// </summary>
internal sealed class Neo4jUriValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        if (options.Uri is not { } uri)
        {
            return ValidateOptionsResult.Success;
        }

        if (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return ValidateOptionsResult.Fail(
                $"Neo4j:Uri must be an absolute http:// or https:// address of the server's HTTP connector, like http://localhost:7474 (got \"{uri.OriginalString}\")");
        }

        return uri.UserInfo.Length > 0
            ? ValidateOptionsResult.Fail("Neo4j:Uri must not carry a user or password: use Neo4j:User and Neo4j:Password")
            : ValidateOptionsResult.Success;
    }
}
