using System.Net;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.TypedValues;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Writing;

/// <summary>How an import session drives one explicit Query API transaction across its parts, seen from the server.</summary>
public sealed class Neo4jImportSessionTests
{
    private const string Tx = "/db/neo4j/query/v2/tx/t1";
    private static readonly GraphImport Import = new(new ChangeAuthor("importer", "bulk load"), 4);

    private readonly FakeNeo4jServer _server = new();
    private readonly ManualTimeProvider _time = new();
    private readonly Queue<string> _states = new();

    public Neo4jImportSessionTests() => _server.RespondTo(Answer);

    [Fact]
    public async Task Each_part_is_written_into_the_open_transaction_when_it_comes_and_the_commit_moves_the_version_once()
    {
        var progress = new RecordingProgress();
        _states.Enqueue(State(sources: [], entities: []));
        _states.Enqueue(State([SourceNode(DefaultSourceKey)], [EntityNode("gateway", "Project", "gateway"), EntityNode("kz", "Region", "kz")]));
        var store = Store();

        await using var session = await store.BeginImportAsync(Import with { Progress = progress });
        Assert.Equal(["/db/neo4j/query/v2/tx"], _server.Requests.Select(r => r.Path));
        Assert.StartsWith("MERGE (m:GraphMeta", _server.Requests[0].Statement, StringComparison.Ordinal);

        var first = await session.WriteAsync(Graph([Entity("gateway"), Entity("kz", EntityKind.Region)]));
        var afterFirst = _server.Requests.Count;
        var second = await session.WriteAsync(new GraphChangeSet { UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")] });
        var result = await session.CommitAsync();

        // The first part's writes and history went out before the second part came: the session kept nothing of it.
        Assert.Equal(["CALL", "UNWIND", "UNWIND", "UNWIND", "UNWIND"], _server.Requests.Skip(1).Take(afterFirst - 1).Select(FirstWord));
        Assert.Contains("CREATE (c:Change)", _server.Requests[afterFirst - 1].Statement);
        Assert.Equal(["CALL", "UNWIND", "UNWIND", "MATCH", "POST"], _server.Requests.Skip(afterFirst).Select(FirstWord));
        Assert.All(_server.Requests.Skip(1).SkipLast(1), r => Assert.Equal(Tx, r.Path));
        Assert.Equal(Tx + "/commit", _server.Requests[^1].Path);

        Assert.Equal(new GraphChangeResult(8, 2, 0, 1, 0, 0, 0), first);
        Assert.Equal(new GraphChangeResult(8, 0, 1, 0, 0, 0, 0), second);
        Assert.Equal(new GraphChangeResult(8, 2, 1, 1, 0, 0, 0), result);
        Assert.Equal([31L, 32L, 33L], Sequences(_server.Requests[afterFirst - 1]));
        Assert.Equal([34L], Sequences(_server.Requests[^3]));
        Assert.Contains($"\"changeCount\":{TypedValues.Int(4)}", _server.Requests[^2].CompactParameters);
        Assert.Equal((4L, 4L), (progress.Reports[^1].Done, progress.Reports[^1].Total));
    }

    [Fact]
    public async Task Creations_are_recorded_without_their_state_and_every_change_of_the_import_carries_its_author_and_one_write_id()
    {
        _states.Enqueue(State(sources: [], entities: []));
        await using var session = await Store().BeginImportAsync(Import);

        await session.WriteAsync(Graph([Entity("gateway")]));

        var rows = _server.Requests.Single(r => r.Statement.Contains("CREATE (c:Change)", StringComparison.Ordinal)).Json;
        var text = rows.GetProperty("parameters").GetProperty("rows").GetRawText();
        Assert.DoesNotContain("\"after\"", text);
        Assert.DoesNotContain("\"changedFields\"", text);
        Assert.Contains("importer", text);
        Assert.Contains("bulk load", text);
        Assert.Equal("String", rows.GetProperty("parameters").GetProperty("writeId").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task A_refused_part_rolls_the_import_back_at_once_and_reports_paths_relative_to_the_part()
    {
        _states.Enqueue(State(sources: [], entities: []));
        _states.Enqueue(State([SourceNode(DefaultSourceKey)], [EntityNode("gateway", "Project", "gateway")]));
        await using var session = await Store().BeginImportAsync(Import);
        await session.WriteAsync(Graph([Entity("gateway")]));

        var refused = await Assert.ThrowsAsync<ValidationException>(() => session.WriteAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "missing")],
        }));

        Assert.Equal([("upsertRelationships[0].to", ValidationCodes.MissingEndpoint)], refused.Errors.Select(e => (e.Path, e.Code)));
        Assert.Equal((HttpMethod.Delete, Tx), (_server.Requests[^1].Method, _server.Requests[^1].Path));
        var sent = _server.Requests.Count;
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.WriteAsync(Graph([Entity("kz", EntityKind.Region)])));
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.CommitAsync());
        await session.DisposeAsync();
        Assert.Equal(sent, _server.Requests.Count);
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disposing_without_a_commit_rolls_the_transaction_back()
    {
        _states.Enqueue(State(sources: [], entities: []));
        var session = await Store().BeginImportAsync(Import);
        await session.WriteAsync(Graph([Entity("gateway")]));

        await session.DisposeAsync();

        Assert.Equal((HttpMethod.Delete, Tx), (_server.Requests[^1].Method, _server.Requests[^1].Path));
        Assert.DoesNotContain(_server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancelled_part_rolls_the_import_back()
    {
        await using var session = await Store().BeginImportAsync(Import);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.WriteAsync(Graph([Entity("gateway")]), cancelled.Token));

        Assert.Equal([HttpMethod.Post, HttpMethod.Delete], _server.Requests.Select(r => r.Method));
        Assert.Equal(Tx, _server.Requests[^1].Path);
    }

    [Fact]
    public async Task A_transient_failure_of_a_part_rolls_back_and_reports_the_store_unavailable()
    {
        await using var session = await Store().BeginImportAsync(Import);
        var unavailable = true;
        _server.Respond(request =>
        {
            if (unavailable && request.Method == HttpMethod.Post)
            {
                unavailable = false;
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }

            return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent(Answer(request)) };
        });

        await Assert.ThrowsAsync<StoreUnavailableException>(() => session.WriteAsync(Graph([Entity("gateway")])));

        Assert.Equal((HttpMethod.Delete, Tx), (_server.Requests[^1].Method, _server.Requests[^1].Path));
    }

    [Fact]
    public async Task An_idle_transaction_is_kept_alive_between_parts_and_not_while_parts_keep_it_busy()
    {
        _states.Enqueue(State(sources: [], entities: []));
        await using var session = await Store().BeginImportAsync(Import);

        _time.Tick();
        _time.Tick();
        await session.WriteAsync(Graph([Entity("gateway")]));
        var keptAlive = _server.Requests.Where(IsKeepAlive).ToList();
        _time.Tick();
        await session.CommitAsync();
        _time.Tick();
        _time.Tick();

        // The first tick follows the lock's request; the second finds the transaction idle; the one after the part does not.
        Assert.Equal(Tx, Assert.Single(keptAlive).Path);
        Assert.Single(_server.Requests, IsKeepAlive);
        Assert.Equal(Tx + "/commit", _server.Requests[^1].Path);
    }

    [Fact]
    public async Task A_transaction_that_could_not_be_kept_alive_fails_the_next_part_with_nothing_written()
    {
        await using var expired = await Store().BeginImportAsync(Import);
        _server.RespondTo(request => IsKeepAlive(request) ? Error("Neo.ClientError.Transaction.TransactionNotFound", "Transaction has timed out") : Answer(request));

        _time.Tick();
        _time.Tick();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => expired.WriteAsync(Graph([Entity("gateway")])));
        Assert.Contains("Transaction has timed out", error.Message);
        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
        Assert.DoesNotContain(_server.Requests, r => r.Statement.StartsWith("CALL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lost_commit_answer_is_checked_under_the_graph_lock_by_the_import_s_first_change_and_write_id()
    {
        _states.Enqueue(State(sources: [], entities: []));
        await using var session = await Store().BeginImportAsync(Import);
        await session.WriteAsync(Graph([Entity("gateway")]));
        var writeId = _server.Requests.Single(r => r.Statement.Contains("CREATE (c:Change)", StringComparison.Ordinal))
            .Json.GetProperty("parameters").GetProperty("writeId").GetProperty("_value").GetString();
        _server.Respond(request => request.Path.EndsWith("/commit", StringComparison.Ordinal)
            ? throw new HttpRequestException("Connection reset by peer")
            : new HttpResponseMessage(HttpStatusCode.Accepted)
            {
                Content = new StringContent(request.Statement.Contains("landed", StringComparison.Ordinal)
                    ? SingleValue("landed", """{"$type":"Boolean","_value":true}""")
                    : Answer(request)),
            });

        var result = await session.CommitAsync();

        Assert.Equal(new GraphChangeResult(8, 1, 0, 1, 0, 0, 0), result);
        var check = _server.Requests[^1];
        Assert.Equal("/db/neo4j/query/v2", check.Path);
        var parameters = check.CompactParameters;
        Assert.Contains($"\"sequence\":{TypedValues.Int(31)}", parameters);
        Assert.Contains(writeId!, parameters);
    }

    private Neo4jGraphStore Store() =>
        new(TestClients.Create(_server, time: _time), Options.Create(TestClients.Options()), NullLogger<Neo4jGraphStore>.Instance, _time);

    private string Answer(RecordedRequest request) => request.Statement switch
    {
        var s when s.StartsWith("MERGE (m:GraphMeta", StringComparison.Ordinal) => InTransaction("t1", """["version","lastSequence"]""", $"[[{TypedValues.Int(7)},{TypedValues.Int(30)}]]"),
        var s when s.StartsWith("CALL () { MATCH (s:Source)", StringComparison.Ordinal) => _states.Count > 0 ? _states.Dequeue() : State(sources: [], entities: []),
        var s when s.StartsWith("MATCH (m:GraphMeta {id: $id})\nSET m.version = m.version + 1", StringComparison.Ordinal) =>
            Data("""["version","lastSequence"]""", $"[[{TypedValues.Int(8)},{TypedValues.Int(30)}]]"),
        _ => Empty(request.Path.EndsWith("/commit", StringComparison.Ordinal) ? "FB:imported" : Bookmark),
    };

    private static string State(string[] sources, string[] entities) =>
        Data("""["sources","entities","relationships"]""", $"[[{List(sources)},{List(entities)},{List()}]]");

    private static bool IsKeepAlive(RecordedRequest request) => request.Statement.StartsWith("RETURN 1", StringComparison.Ordinal);

    private static string FirstWord(RecordedRequest request) =>
        request.Statement.Length == 0 ? request.Method.Method : request.Statement.Split(' ', '\n')[0];

    private static List<long> Sequences(RecordedRequest request) =>
        request.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").EnumerateArray()
            .Select(row => long.Parse(row.GetProperty("_value").GetProperty("sequence").GetProperty("_value").GetString()!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    private sealed class RecordingProgress : IProgress<GraphWriteProgress>
    {
        public List<GraphWriteProgress> Reports { get; } = [];

        public void Report(GraphWriteProgress value) => Reports.Add(value);
    }
}
