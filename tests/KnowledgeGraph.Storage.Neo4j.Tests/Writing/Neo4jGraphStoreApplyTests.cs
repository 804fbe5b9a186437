using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Writing;

/// <summary>How <see cref="Neo4jGraphStore.ApplyAsync"/> drives one explicit transaction, seen from the Query API.</summary>
public sealed class Neo4jGraphStoreApplyTests
{
    private const string EmptyState = """{"data":{"fields":["sources","entities","relationships"],"values":[[{"$type":"List","_value":[]},{"$type":"List","_value":[]},{"$type":"List","_value":[]}]]},"bookmarks":[]}""";

    private static Neo4jGraphStore Store(FakeNeo4jServer server) =>
        new(TestClients.Create(server), Options.Create(TestClients.Options()), NullLogger<Neo4jGraphStore>.Instance);

    private static string FirstLine(RecordedRequest request) =>
        request.Body.Length == 0 || !request.Json.TryGetProperty("statement", out var statement) ? $"{request.Method} {request.Path}" : statement.GetString()!.Split('\n')[0];

    [Fact]
    public async Task ApplyAsync_locks_reads_writes_bumps_the_version_and_commits_in_one_transaction()
    {
        var server = new FakeNeo4jServer()
            .Respond(TransactionOpened("t1"))
            .Respond(SingleValue("version", TypedValues.Int(7)))
            .Respond(EmptyState)
            .Respond(Empty())
            .Respond(Empty())
            .Respond(SingleValue("version", TypedValues.Int(8)))
            .Respond(Empty("FB:applied"));

        var result = await Store(server).ApplyAsync(new GraphChangeSet { UpsertSources = [Source()], UpsertEntities = [new EntityUpsert(Entity("gateway"))] });

        Assert.Equal(new GraphChangeResult(8, 1, 0, 1, 0, 0, 0), result);
        Assert.Equal(
            [
                "POST /db/neo4j/query/v2/tx",
                "MERGE (m:GraphMeta {id: $id}) ON CREATE SET m.version = 0",
                "CALL () { MATCH (s:Source) WHERE s.key IN $sourceKeys RETURN collect(s) AS sources }",
                "UNWIND $rows AS row",
                "UNWIND $rows AS row",
                "MATCH (m:GraphMeta {id: $id})",
                "POST /db/neo4j/query/v2/tx/t1/commit",
            ],
            server.Requests.Select(FirstLine));
        Assert.Contains("SET n:Project", server.Requests[4].Json.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task ApplyAsync_rolls_back_and_writes_nothing_when_a_fact_cites_a_missing_source()
    {
        var server = new FakeNeo4jServer()
            .Respond(TransactionOpened("t1"))
            .Respond(SingleValue("version", TypedValues.Int(7)))
            .Respond(EmptyState)
            .Respond(Empty());

        var error = await Assert.ThrowsAsync<ValidationException>(() => Store(server).ApplyAsync(Graph([Entity("gateway", sourceKeys: ["ghost"])])));

        Assert.Equal("upsertEntities[0].sourceKeys[0]", Assert.Single(error.Errors).Path);
        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t1", FirstLine(server.Requests[^1]));
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_of_an_unchanged_upsert_commits_without_raising_the_version()
    {
        var state = $$"""{"data":{"fields":["sources","entities","relationships"],"values":[[{{TypedValues.List(TypedValues.SourceNode(DefaultSourceKey))}},{{TypedValues.List(TypedValues.EntityNode("gateway", "Project", "gateway", 3))}},{{TypedValues.List()}}]]},"bookmarks":[]}""";
        var server = new FakeNeo4jServer()
            .Respond(TransactionOpened("t1"))
            .Respond(SingleValue("version", TypedValues.Int(7)))
            .Respond(state)
            .Respond(Empty());

        var result = await Store(server).ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway"))] });

        Assert.False(result.Changed);
        Assert.Equal(7, result.GraphVersion);
        Assert.Equal("POST /db/neo4j/query/v2/tx/t1/commit", FirstLine(server.Requests[^1]));
        Assert.Equal(4, server.Requests.Count);
    }
}
