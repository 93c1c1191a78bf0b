using System.Net;
using System.Net.Http.Headers;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// A transactional request body written while it is sent (chunked), statement by statement (see
/// <see cref="Neo4jRequestBody.WriteAsync"/>). <see cref="Sent"/> holds the statements written so far.
/// </summary>
internal sealed class Neo4jStatementsContent : HttpContent
{
    private readonly IEnumerable<Neo4jStatement> _statements;

    public Neo4jStatementsContent(IEnumerable<Neo4jStatement> statements)
    {
        _statements = statements;
        Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
    }

    public List<Neo4jStatement> Sent { get; } = [];

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Sent.Clear();
        return Neo4jRequestBody.WriteAsync(stream, _statements, Sent, cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
