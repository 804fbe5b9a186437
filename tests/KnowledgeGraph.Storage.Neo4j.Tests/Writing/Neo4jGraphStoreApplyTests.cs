using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Neo4j.Client;
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

    private static string Bumped(long version, long lastSequence) =>
        Data("""["version","lastSequence"]""", $"[[{TypedValues.Int(version)},{TypedValues.Int(lastSequence)}]]");

    private static string FirstLine(RecordedRequest request) =>
        request.Body.Length == 0 || !request.Json.TryGetProperty("statement", out var statement) ? $"{request.Method} {request.Path}" : statement.GetString()!.Split('\n')[0];

    [Fact]
    public async Task ApplyAsync_locks_reads_writes_bumps_the_version_records_the_changes_and_commits_in_one_transaction()
    {
        var server = new FakeNeo4jServer()
            .Respond(InTransaction("t1", """["version"]""", $"[[{TypedValues.Int(7)}]]"))
            .Respond(EmptyState)
            .Respond(Empty())
            .Respond(Empty())
            .Respond(Bumped(version: 8, lastSequence: 30))
            .Respond(Empty())
            .Respond(Empty("FB:applied"));

        var result = await Store(server).ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source()],
            UpsertEntities = [new EntityUpsert(Entity("gateway"))],
            Author = new ChangeAuthor("aigerim", "first draft"),
        });

        Assert.Equal(new GraphChangeResult(8, 1, 0, 1, 0, 0, 0), result);
        Assert.Equal(
            [
                "MERGE (m:GraphMeta {id: $id}) ON CREATE SET m.version = 0",
                "CALL () { MATCH (s:Source) WHERE s.key IN $sourceKeys RETURN collect(s) AS sources }",
                "UNWIND $rows AS row",
                "UNWIND $rows AS row",
                "MATCH (m:GraphMeta {id: $id})",
                "UNWIND $rows AS row",
                "POST /db/neo4j/query/v2/tx/t1/commit",
            ],
            server.Requests.Select(FirstLine));
        Assert.Equal("/db/neo4j/query/v2/tx", server.Requests[0].Path);
        Assert.Contains("SET n:Project", server.Requests[3].Json.GetProperty("statement").GetString());
        Assert.Contains("changeCount", server.Requests[4].Json.GetProperty("parameters").GetRawText());
        var changes = server.Requests[5].Json.GetProperty("parameters").GetProperty("rows").GetRawText();
        Assert.Contains("CREATE (c:Change)", server.Requests[5].Json.GetProperty("statement").GetString());
        Assert.Contains("31", changes);
        Assert.Contains("32", changes);
        Assert.Contains("aigerim", changes);
        Assert.Contains("first draft", changes);
    }

    [Fact]
    public async Task ApplyAsync_records_the_relationships_an_entity_deletion_takes_with_it()
    {
        var state = $$"""{"data":{"fields":["sources","entities","relationships"],"values":[[{{TypedValues.List()}},{{TypedValues.List(TypedValues.EntityNode("gateway", "Project", "gateway", 3))}},{{TypedValues.List()}}]]},"bookmarks":[]}""";
        var server = new FakeNeo4jServer()
            .Respond(InTransaction("t1", """["version"]""", $"[[{TypedValues.Int(7)}]]"))
            .Respond(state)
            .Respond(Data("""["r","fromKey","toKey"]""", $"[[{TypedValues.RelationshipValue("r1", RelationshipTypes.LocatedIn, "gateway", "kz")},{TypedValues.Str("gateway")},{TypedValues.Str("kz")}]]"))
            .Respond(Empty())
            .Respond(Bumped(version: 8, lastSequence: 0))
            .Respond(Empty())
            .Respond(Empty("FB:applied"));

        var result = await Store(server).ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway"] });

        Assert.Equal(1, result.RelationshipsDeleted);
        Assert.Contains($"\"changeCount\":{TypedValues.Int(2)}", server.Requests[4].CompactParameters);
        var changes = server.Requests[5].Json.GetProperty("parameters").GetProperty("rows").GetRawText();
        Assert.Contains("r1", changes);
        Assert.Contains("Relationship", changes);
        Assert.Contains("Deleted", changes);
    }

    [Fact]
    public async Task ApplyAsync_records_the_relationships_of_deleted_entities_as_they_were_before_the_delete_and_each_once()
    {
        var entities = TypedValues.List(TypedValues.EntityNode("gateway", "Project", "gateway", 3), TypedValues.EntityNode("kz", "Region", "kz", 2));
        var state = $$"""{"data":{"fields":["sources","entities","relationships"],"values":[[{{TypedValues.List()}},{{entities}},{{TypedValues.List()}}]]},"bookmarks":[]}""";
        var deleted = $$$"""{"$type":"Map","_value":{"relationship":{{{TypedValues.DeletedRelationshipValue("r1", RelationshipTypes.LocatedIn, "gateway", "kz")}}},"fromKey":{{{TypedValues.Str("gateway")}}},"toKey":{{{TypedValues.Str("kz")}}}}}""";
        var server = new FakeNeo4jServer().RespondTo(request => request.Statement switch
        {
            var s when s.StartsWith("MERGE (m:GraphMeta", StringComparison.Ordinal) => InTransaction("t1", """["version"]""", $"[[{TypedValues.Int(7)}]]"),
            var s when s.StartsWith("CALL () { MATCH (s:Source)", StringComparison.Ordinal) => state,

            // What Neo4j 5.26 answers for a relationship returned after DETACH DELETE took it: no properties
            // (neo4j/neo4j#13714), and one between two entities of the batch is listed once for each.
            var s when s.Contains("DETACH DELETE", StringComparison.Ordinal) && s.Contains("RETURN", StringComparison.Ordinal) =>
                Data("""["relationships"]""", $"[[{TypedValues.List(deleted)}],[{TypedValues.List(deleted)}]]"),
            var s when s.Contains("DETACH DELETE", StringComparison.Ordinal) => Empty(),
            var s when s.Contains("-[r]-", StringComparison.Ordinal) => Data(
                """["r","fromKey","toKey"]""",
                $"[[{TypedValues.RelationshipValue("r1", RelationshipTypes.LocatedIn, "gateway", "kz", role: "terminal")},{TypedValues.Str("gateway")},{TypedValues.Str("kz")}]]"),
            var s when s.StartsWith("MATCH (m:GraphMeta {id: $id})", StringComparison.Ordinal) => Bumped(version: 8, lastSequence: 0),
            _ => Empty("FB:applied"),
        });

        var result = await Store(server).ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway", "kz"] });

        Assert.Equal(1, result.RelationshipsDeleted);
        var recorded = server.Requests.Single(r => r.Statement.Contains("CREATE (c:Change)", StringComparison.Ordinal)).Json.GetProperty("parameters").GetProperty("rows").GetRawText();
        Assert.Single(Occurrences(recorded, "\"subjectKey\":{\"$type\":\"String\",\"_value\":\"r1\"}"));
        Assert.Contains("terminal", recorded);
        var readBefore = server.Requests.FindIndex(r => r.Statement.Contains("-[r]-", StringComparison.Ordinal));
        var delete = server.Requests.FindIndex(r => r.Statement.Contains("DETACH DELETE", StringComparison.Ordinal));
        Assert.InRange(readBefore, 0, delete - 1);
        Assert.DoesNotContain("RETURN", server.Requests[delete].Statement);
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>
    /// A server that applies a create-only source, whose first commit answer is lost on the way back (after the commit
    /// landed when <paramref name="landsBeforeTheAnswerIsLost"/>), and that answers the landing check from its state.
    /// </summary>
    private static FakeNeo4jServer LosingTheFirstCommitAnswer(bool landsBeforeTheAnswerIsLost, Action onOpen)
    {
        var committed = false;
        var commits = 0;
        string? recordedWriteId = null;
        return new FakeNeo4jServer().Respond(request =>
        {
            string answer;
            if (request.Method == HttpMethod.Delete)
            {
                return new HttpResponseMessage(System.Net.HttpStatusCode.NotFound)
                {
                    Content = new StringContent(Error(Neo4jErrorMapper.InvalidRequestCode, "Transaction not found"), System.Text.Encoding.UTF8, "application/vnd.neo4j.query"),
                };
            }

            if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                if (++commits == 1)
                {
                    committed = landsBeforeTheAnswerIsLost;
                    throw new HttpRequestException("The response ended prematurely.");
                }

                committed = true;
                answer = Empty("FB:applied");
            }
            else if (request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal))
            {
                onOpen();
                answer = InTransaction("t" + commits, """["version"]""", $"[[{TypedValues.Int(committed ? 8 : 7)}]]");
            }
            else if (request.Statement.StartsWith("CALL () { MATCH (s:Source)", StringComparison.Ordinal))
            {
                var sources = committed ? TypedValues.List(TypedValues.SourceNode(DefaultSourceKey)) : TypedValues.List();
                answer = $$"""{"data":{"fields":["sources","entities","relationships"],"values":[[{{sources}},{{TypedValues.List()}},{{TypedValues.List()}}]]},"bookmarks":[]}""";
            }
            else if (request.Statement.StartsWith("MATCH (m:GraphMeta {id: $id})\nSET m.version = m.version + 1", StringComparison.Ordinal))
            {
                answer = Bumped(version: 8, lastSequence: 30);
            }
            else if (request.Statement.Contains("CREATE (c:Change)", StringComparison.Ordinal))
            {
                recordedWriteId = request.Json.GetProperty("parameters").TryGetProperty("writeId", out var id) ? id.GetProperty("_value").GetString() : null;
                answer = Empty();
            }
            else if (request.Statement.Contains("writeId", StringComparison.Ordinal))
            {
                var parameters = request.Json.GetProperty("parameters");
                var landed = committed && parameters.GetProperty("writeId").GetProperty("_value").GetString() == recordedWriteId
                    && parameters.GetProperty("sequence").GetProperty("_value").GetString() == "31";
                answer = Data("""["landed"]""", $$"""[[{"$type":"Boolean","_value":{{(landed ? "true" : "false")}}}]]""");
            }
            else
            {
                answer = Empty();
            }

            return new HttpResponseMessage(System.Net.HttpStatusCode.Accepted) { Content = new StringContent(answer, System.Text.Encoding.UTF8, "application/vnd.neo4j.query") };
        });
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public async Task ApplyAsync_whose_commit_answer_is_lost_reports_the_write_if_it_landed_instead_of_a_duplicate_key_and_runs_it_again_if_not(
        bool landsBeforeTheAnswerIsLost, int expectedAttempts)
    {
        var attempts = 0;
        var server = LosingTheFirstCommitAnswer(landsBeforeTheAnswerIsLost, () => attempts++);

        var result = await Store(server).ApplyAsync(new GraphChangeSet { UpsertSources = [Source()], CreateOnlySourceKeys = [DefaultSourceKey] });

        Assert.Equal(new GraphChangeResult(8, 0, 0, 1, 0, 0, 0), result);
        Assert.Equal(expectedAttempts, attempts);
    }

    [Fact]
    public async Task GetHistoryAsync_reads_change_nodes_back_into_records()
    {
        var after = System.Text.Json.JsonSerializer.Serialize("""{"key":"gateway","kind":"Project","name":"Khorgos Gateway","aliases":[],"description":null,"properties":{"lengthKm":12.0,"startYear":2015},"sourceKeys":["test-source"],"version":1}""");
        var change = "{\"$type\":\"Node\",\"_value\":{\"_element_id\":\"4:c:31\",\"_labels\":[\"Change\"],\"_properties\":{" +
            "\"sequence\":" + TypedValues.Int(31) + ",\"subjectKind\":" + TypedValues.Str("Entity") + ",\"subjectKey\":" + TypedValues.Str("gateway") +
            ",\"entityKind\":" + TypedValues.Str("Project") + ",\"operation\":" + TypedValues.Str("Created") + ",\"author\":" + TypedValues.Str("aigerim") +
            ",\"at\":" + TypedValues.Str("2026-03-14T13:30:05.0000000Z") + ",\"graphVersion\":" + TypedValues.Int(8) + ",\"version\":" + TypedValues.Int(1) +
            ",\"changedFields\":" + TypedValues.List(TypedValues.Str("kind"), TypedValues.Str("name")) +
            ",\"after\":{\"$type\":\"String\",\"_value\":" + after + "}}}}";
        var server = new FakeNeo4jServer()
            .Respond(Data("""["total","items","hasMore"]""", $"[[{TypedValues.Int(3)},{TypedValues.List(change)},{{\"$type\":\"Boolean\",\"_value\":true}}]]"));

        var page = await Store(server).GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway", Take = 1 });

        Assert.Equal(3, page.TotalCount);
        Assert.True(page.HasMore);
        var record = Assert.Single(page.Items);
        Assert.Equal(31, record.Sequence);
        Assert.Equal(ChangeOperation.Created, record.Operation);
        Assert.Equal(EntityKind.Project, record.EntityKind);
        Assert.Equal("aigerim", record.Author);
        Assert.Null(record.Comment);
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 13, 30, 5, TimeSpan.Zero), record.At);
        Assert.Equal(["kind", "name"], record.ChangedFields);
        Assert.Null(record.Before);
        var entity = Assert.IsType<EntitySnapshot>(record.After).Entity;
        Assert.Equal(PropertyValue.FromNumber(12.0), entity.Property("lengthKm"));
        Assert.Equal(PropertyValue.FromInteger(2015), entity.Property("startYear"));
    }

    [Fact]
    public async Task ApplyAsync_rolls_back_and_writes_nothing_when_a_fact_cites_a_missing_source()
    {
        var server = new FakeNeo4jServer()
            .Respond(InTransaction("t1", """["version"]""", $"[[{TypedValues.Int(7)}]]"))
            .Respond(EmptyState)
            .Respond(Empty());

        var error = await Assert.ThrowsAsync<ValidationException>(() => Store(server).ApplyAsync(Graph([Entity("gateway", sourceKeys: ["ghost"])])));

        Assert.Equal(("upsertEntities[0].sources[0]", ValidationCodes.UnknownSource), (Assert.Single(error.Errors).Path, error.Errors[0].Code));
        Assert.Equal("DELETE /db/neo4j/query/v2/tx/t1", FirstLine(server.Requests[^1]));
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ApplyAsync_of_a_create_only_source_reads_its_key_after_the_lock_and_rolls_back_when_it_is_taken()
    {
        var state = $$"""{"data":{"fields":["sources","entities","relationships"],"values":[[{{TypedValues.List(TypedValues.SourceNode(DefaultSourceKey))}},{{TypedValues.List()}},{{TypedValues.List()}}]]},"bookmarks":[]}""";
        var server = new FakeNeo4jServer()
            .Respond(InTransaction("t1", """["version"]""", $"[[{TypedValues.Int(7)}]]"))
            .Respond(state)
            .Respond(Empty());

        var error = await Assert.ThrowsAsync<ValidationException>(() => Store(server).ApplyAsync(
            new GraphChangeSet { UpsertSources = [Source(title: "Replaced")], CreateOnlySourceKeys = [DefaultSourceKey] }));

        Assert.Equal(("upsertSources[0].key", ValidationCodes.DuplicateKey), (Assert.Single(error.Errors).Path, error.Errors[0].Code));
        Assert.Equal(
            [
                "MERGE (m:GraphMeta {id: $id}) ON CREATE SET m.version = 0",
                "CALL () { MATCH (s:Source) WHERE s.key IN $sourceKeys RETURN collect(s) AS sources }",
                "DELETE /db/neo4j/query/v2/tx/t1",
            ],
            server.Requests.Select(FirstLine));
        Assert.Contains(DefaultSourceKey, server.Requests[1].Json.GetProperty("parameters").GetProperty("sourceKeys").GetRawText());
    }

    [Fact]
    public async Task ApplyAsync_of_an_unchanged_upsert_commits_without_raising_the_version()
    {
        var state = $$"""{"data":{"fields":["sources","entities","relationships"],"values":[[{{TypedValues.List(TypedValues.SourceNode(DefaultSourceKey))}},{{TypedValues.List(TypedValues.EntityNode("gateway", "Project", "gateway", 3))}},{{TypedValues.List()}}]]},"bookmarks":[]}""";
        var server = new FakeNeo4jServer()
            .Respond(InTransaction("t1", """["version"]""", $"[[{TypedValues.Int(7)}]]"))
            .Respond(state)
            .Respond(Empty());

        var result = await Store(server).ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway"))] });

        Assert.False(result.Changed);
        Assert.Equal(7, result.GraphVersion);
        Assert.Equal("POST /db/neo4j/query/v2/tx/t1/commit", FirstLine(server.Requests[^1]));
        Assert.Equal(3, server.Requests.Count);
    }
}
