using System.Net;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>
/// Stands in for Neo4j's Query API: records every request and answers each with the next scripted response
/// (the last one repeats), shaped as the Query API documentation shows.
/// </summary>
public sealed class FakeNeo4jServer : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, HttpResponseMessage>> _responses = new();
    private Func<RecordedRequest, HttpResponseMessage>? _last;

    public List<RecordedRequest> Requests { get; } = [];

    public FakeNeo4jServer Respond(string json, HttpStatusCode status = HttpStatusCode.Accepted, string? affinity = null) =>
        Respond(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query") };
            if (affinity is not null)
            {
                response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
            }

            return response;
        });

    /// <summary>Answers every request from now on with the Query API body <paramref name="json"/> picks for it.</summary>
    public FakeNeo4jServer RespondBy(Func<RecordedRequest, string> json) =>
        Respond(request => new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent(json(request), Encoding.UTF8, "application/vnd.neo4j.query") });

    public FakeNeo4jServer RespondWithStatus(HttpStatusCode status) => Respond(_ => new HttpResponseMessage(status));

    public FakeNeo4jServer FailConnection() => Respond(_ => throw new HttpRequestException("Connection refused (127.0.0.1:7474)"));

    /// <summary>Answers every request from now on with the body <paramref name="answer"/> picks for it (a server with state).</summary>
    public FakeNeo4jServer RespondTo(Func<RecordedRequest, string> answer) =>
        Respond(request => new HttpResponseMessage(HttpStatusCode.Accepted)
        {
            Content = new StringContent(answer(request), Encoding.UTF8, "application/vnd.neo4j.query"),
        });

    public FakeNeo4jServer Respond(Func<RecordedRequest, HttpResponseMessage> respond)
    {
        _responses.Enqueue(respond);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.MediaType, body);
        Requests.Add(recorded);
        if (_responses.TryDequeue(out var next))
        {
            _last = next;
        }

        return (_last ?? throw new InvalidOperationException("The fake server has no scripted response.")).Invoke(recorded);
    }
}
