using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.TypedValues;
using TestData = KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// What the store and the traversal actually send: every operation of both ports run once against the fake Query
/// API, each answered with just enough for the operation to finish, and every statement it posted recorded (named
/// <c>Neo4jGraphStore.ApplyAsync (sent #3)</c>). This reaches statements written outside the builders too.
/// </summary>
public static class StoreStatements
{
    private const string Bool = """{"$type":"Boolean","_value":false}""";

    public static async Task<IReadOnlyList<CheckedStatement>> RecordAsync()
    {
        var statements = new List<CheckedStatement>();
        var anchors = new[] { "khorgos", "aktau" };
        var relationships = new RelationshipQuery
        {
            Types = new HashSet<string> { RelationshipTypes.OperatedBy },
            Role = "operator",
            NeighbourKinds = new HashSet<EntityKind> { EntityKind.Company },
        };

        await Run("Neo4jGraphStore.InitializeAsync", _ => Empty(), (store, _) => store.InitializeAsync());
        await Run("Neo4jGraphStore.GetEntitiesAsync", _ => Data("""["n"]""", $"[[{EntityNode("khorgos", "Project", "Khorgos")}]]"), (store, _) => store.GetEntitiesAsync(anchors));
        await Run("Neo4jGraphStore.QueryEntitiesAsync", _ => Data("""["total","items","ahead","behind"]""", $"[[{Int(0)},{List()},{Bool},{Bool}]]"), (store, _) => store.QueryEntitiesAsync(new EntityQuery
        {
            Kind = EntityKind.Project,
            Filter = new FieldFilter("name", FilterOperator.Contains, TestData.Text("khor")),
            Order = [new SortField("startYear", SortDirection.Desc)],
            After = new SortPosition([TestData.Int(2015)], "khorgos"),
        }));
        await Run("Neo4jGraphStore.GetRelationshipsAsync", _ => Empty(), (store, _) => store.GetRelationshipsAsync(anchors, relationships));
        await Run("Neo4jGraphStore.GetRelationshipsByKeyAsync", _ => Empty(), (store, _) => store.GetRelationshipsByKeyAsync(["r1"]));
        await Run("Neo4jGraphStore.GetSourcesAsync", _ => Empty(), (store, _) => store.GetSourcesAsync([TestData.DefaultSourceKey]));
        await Run("Neo4jGraphStore.SearchAsync", _ => Empty(), (store, _) => store.SearchAsync(new SearchQuery("Khorgos gateway", new HashSet<EntityKind> { EntityKind.Project })));
        await Run("Neo4jGraphStore.GetGraphVersionAsync", _ => SingleValue("version", Int(3)), (store, _) => store.GetGraphVersionAsync());
        await Run("Neo4jGraphStore.GetStatisticsAsync", _ => Data("""["kinds","types","sources","version"]""", $"[[{List()},{List()},{Int(0)},{Int(3)}]]"),
            (store, _) => store.GetStatisticsAsync());
        await Run("Neo4jGraphStore.GetHistoryAsync", _ => Data("""["total","items","hasMore"]""", $"[[{Int(0)},{List()},{Bool}]]"),
            (store, _) => store.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "khorgos", SubjectKind = ChangeSubjectKind.Entity, BeforeSequence = 9 }));
        await Run("Neo4jGraphStore.GetHistoryAsync (a compact creation)",
            r => r.Index == 0 ? Data("""["total","items","hasMore"]""", $"[[{Int(1)},{List(ChangeNode(3, "khorgos", "Created"))},{Bool}]]") : Empty(),
            (store, _) => store.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "khorgos", SubjectKind = ChangeSubjectKind.Entity }));
        await Run("Neo4jGraphStore.GetRecentChangesAsync", _ => Empty(), (store, _) => store.GetRecentChangesAsync(anchors, ChangeSubjectKind.Relationship, 3));
        await Run("Neo4jGraphStore.ReadAllSourcesAsync", _ => Empty(), (store, _) => store.ReadAllSourcesAsync().ToListAsync().AsTask());
        await Run("Neo4jGraphStore.ReadAllEntitiesAsync", _ => Empty(), (store, _) => store.ReadAllEntitiesAsync().ToListAsync().AsTask());
        await Run("Neo4jGraphStore.ReadAllRelationshipsAsync", _ => Empty(), (store, _) => store.ReadAllRelationshipsAsync().ToListAsync().AsTask());
        await Run("Neo4jGraphStore.ApplyAsync", ApplyResponse, (store, _) => store.ApplyAsync(EveryKindOfWrite()));
        await Run("Neo4jGraphStore.BeginImportAsync", ApplyResponse, async (store, _) =>
        {
            var writes = EveryKindOfWrite();
            await using var session = await store.BeginImportAsync(new GraphImport(writes.Author, writes.RecordCount));
            await session.WriteAsync(writes with { DeleteRelationshipKeys = [], DeleteEntityKeys = [], DeleteSourceKeys = [] });
            await session.CommitAsync();
        });
        await Run("Neo4jGraphTraversal.GetNeighborhoodAsync", r => r.Index == 0 ? Data("""["n"]""", $"[[{EntityNode("khorgos", "Project", "Khorgos")}]]") : Empty(),
            (_, traversal) => traversal.GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = "khorgos", Depth = 2, Kinds = new HashSet<EntityKind> { EntityKind.Region } }));
        await Run("Neo4jGraphTraversal.FindPathsAsync",
            r => r.Index == 0 ? Data("""["n"]""", $"[[{EntityNode("khorgos", "Project", "Khorgos")}],[{EntityNode("beijing", "Region", "Beijing")}]]") : Empty(),
            (_, traversal) => traversal.FindPathsAsync(new PathSpec { FromKey = "khorgos", ToKey = "beijing", Mode = PathMode.AllShortest }));
        return statements;

        async Task Run(string operation, Func<(int Index, string Statement), string> respond, Func<Neo4jGraphStore, Neo4jGraphTraversal, Task> act)
        {
            var server = new FakeNeo4jServer();
            server.RespondBy(request => respond((server.Requests.Count - 1, StatementOf(request) ?? string.Empty)));
            var client = TestClients.Create(server);
            await act(new Neo4jGraphStore(client, Options.Create(TestClients.Options()), NullLogger<Neo4jGraphStore>.Instance), new Neo4jGraphTraversal(client));
            var sent = 0;
            foreach (var request in server.Requests)
            {
                if (StatementOf(request) is { } text)
                {
                    var parameters = request.Json.TryGetProperty("parameters", out var map) ? map.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList() : [];
                    statements.Add(new CheckedStatement($"{operation} (sent #{++sent})", text, parameters));
                }
            }
        }
    }

    private static string? StatementOf(RecordedRequest request) =>
        request.Body.Length > 0 && request.Json.TryGetProperty("statement", out var statement) ? statement.GetString() : null;

    /// <summary>A change set that creates, updates and deletes each kind of record, so every write statement is sent.</summary>
    private static GraphChangeSet EveryKindOfWrite() => new()
    {
        UpsertSources = [TestData.Source("new-source")],
        UpsertEntities = [new EntityUpsert(TestData.Entity("gateway", EntityKind.Project)), new EntityUpsert(TestData.Entity("kz", EntityKind.Region, name: "Kazakhstan"))],
        UpsertRelationships =
        [
            TestData.Relationship("r-new", RelationshipTypes.OperatedBy, "gateway", "ktz"),
            TestData.Relationship("r-old", RelationshipTypes.LocatedIn, "gateway", "kz", role: "site"),
        ],
        DeleteRelationshipKeys = ["r-gone"],
        DeleteEntityKeys = ["old-entity"],
        DeleteSourceKeys = ["old-source"],
        Author = new ChangeAuthor("checker", "every kind of write"),
    };

    /// <summary>
    /// The transaction opens with the graph lock, then reads the stored state those writes start from; the version bump
    /// answers its two columns; every other statement (writes, cascades, source uses) finds nothing to report.
    /// </summary>
    private static string ApplyResponse((int Index, string Statement) request)
    {
        if (request.Index == 0)
        {
            return InTransaction("t1", """["version","lastSequence"]""", $"[[{Int(7)},{Int(30)}]]");
        }

        if (request.Index == 1)
        {
            var sources = List(SourceNode(TestData.DefaultSourceKey), SourceNode("old-source"));
            var entities = List(EntityNode("kz", "Region", "kz"), EntityNode("ktz", "Company", "ktz"), EntityNode("old-entity", "Project", "old-entity"));
            var relationships = List(StoredRelationship("r-old", RelationshipTypes.LocatedIn, "gateway", "kz"), StoredRelationship("r-gone", RelationshipTypes.LocatedIn, "old-entity", "kz"));
            return Data("""["sources","entities","relationships"]""", $"[[{sources},{entities},{relationships}]]");
        }

        return request.Statement.Contains("lastSequence", StringComparison.Ordinal)
            ? Data("""["version","lastSequence"]""", $"[[{Int(8)},{Int(30)}]]")
            : Empty();
    }

    private static string StoredRelationship(string key, string type, string fromKey, string toKey) =>
        $$$"""{"$type":"Map","_value":{"relationship":{{{RelationshipValue(key, type, fromKey, toKey)}}},"fromKey":{{{Str(fromKey)}}},"toKey":{{{Str(toKey)}}}}}""";
}
