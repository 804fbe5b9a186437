using System.Net;
using System.Text.Json;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.TypedValues;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>How <see cref="Neo4jGraphStore.InitializeAsync"/> sets up relationship key constraints, seen from the Query API.</summary>
public sealed class Neo4jGraphStoreInitializeTests
{
    private const string LocatedInConstraint = "CREATE CONSTRAINT relationship_key_located_in IF NOT EXISTS";

    private static Neo4jGraphStore Store(FakeNeo4jServer server) =>
        new(TestClients.Create(server), Options.Create(TestClients.Options()), NullLogger<Neo4jGraphStore>.Instance);

    /// <summary>A server whose schema holds <paramref name="indexes"/> (name, owned by a constraint) and that refuses the LOCATED_IN constraint when told to.</summary>
    private static FakeNeo4jServer Server(bool refuseLocatedInConstraint, params (string Name, bool Constrained)[] indexes) =>
        new FakeNeo4jServer().Respond(request =>
        {
            if (refuseLocatedInConstraint && request.Statement.StartsWith(LocatedInConstraint, StringComparison.Ordinal))
            {
                return Answer(Error("Neo.ClientError.Schema.ConstraintCreationFailed", "Unable to create constraint: duplicate keys"), HttpStatusCode.BadRequest);
            }

            return Answer(request.Statement.StartsWith("SHOW INDEXES", StringComparison.Ordinal)
                ? Data("""["name","constrained"]""", "[" + string.Join(',', indexes.Select(i => $"[{Str(i.Name)},{{\"$type\":\"Boolean\",\"_value\":{(i.Constrained ? "true" : "false")}}}]")) + "]")
                : Empty());
        });

    private static HttpResponseMessage Answer(string json, HttpStatusCode status = HttpStatusCode.Accepted) =>
        new(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/vnd.neo4j.query") };

    [Fact]
    public async Task A_failed_relationship_constraint_falls_back_to_an_index_under_a_name_of_its_own()
    {
        var server = Server(refuseLocatedInConstraint: true);

        await Store(server).InitializeAsync();

        var statements = server.Requests.Select(r => r.Statement).ToList();
        Assert.Contains(statements, s => s.StartsWith("CREATE INDEX relationship_key_index_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.key)", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.StartsWith("CREATE INDEX relationship_key_located_in ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_index_occupying_the_constraints_name_is_dropped_and_the_constraint_created()
    {
        var server = Server(refuseLocatedInConstraint: false, ("relationship_key_located_in", false), ("relationship_key_part_of", true));

        await Store(server).InitializeAsync();

        var statements = server.Requests.Select(r => r.Statement).ToList();
        var drop = statements.IndexOf("DROP INDEX relationship_key_located_in IF EXISTS");
        Assert.InRange(drop, 0, statements.FindIndex(s => s.StartsWith(LocatedInConstraint, StringComparison.Ordinal)) - 1);
        Assert.DoesNotContain(statements, s => s.StartsWith("CREATE CONSTRAINT relationship_key_part_of ", StringComparison.Ordinal));
        Assert.Single(statements, s => s.StartsWith("DROP INDEX", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fallback_index_is_dropped_so_that_the_constraint_is_tried_again_and_comes_back_when_it_still_fails()
    {
        var server = Server(refuseLocatedInConstraint: true, ("relationship_key_index_located_in", false));

        await Store(server).InitializeAsync();

        Assert.Equal(
            ["DROP INDEX relationship_key_index_located_in IF EXISTS", LocatedInConstraint, "CREATE INDEX relationship_key_index_located_in IF NOT EXISTS"],
            server.Requests.Select(r => r.Statement).Where(s => s.Contains("located_in", StringComparison.Ordinal)).Select(s => s.Split(" FOR ")[0]));
    }

    [Fact]
    public async Task Entities_written_before_collation_keys_existed_get_them_on_start_a_batch_at_a_time()
    {
        var lacking = SortKeyCypher.EntitiesWithoutSortKeys(1).Text;
        var asked = 0;
        var server = new FakeNeo4jServer().RespondTo(request => request.Statement switch
        {
            var statement when statement == SortKeyCypher.StoredKeyEncoding().Text => Data("""["encoding"]""", $"[[{Int(Collation.KeyEncoding)}]]"),
            var statement when statement == lacking && asked++ == 0 => Data("""["n"]""", $"[[{EntityNode("ktz", "Company", "KTZ – Huawei")}]]"),
            var statement when statement.StartsWith("SHOW INDEXES", StringComparison.Ordinal) => Data("""["name","constrained"]""", "[]"),
            _ => Empty(),
        });

        await Store(server).InitializeAsync();

        var set = Assert.Single(server.Requests, r => r.Statement == SortKeyCypher.SetSortKeys([]).Text);
        Assert.Contains(Collation.Key("KTZ – Huawei"), StringsIn(set.Body));
        Assert.Contains("ktz", StringsIn(set.Body));
        Assert.Equal(2, server.Requests.Count(r => r.Statement == lacking));
        Assert.DoesNotContain(server.Requests, r => r.Statement == SortKeyCypher.EntitiesAfter("", 1).Text || r.Statement == SortKeyCypher.RecordKeyEncoding().Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1L)]
    public async Task Keys_spelled_in_another_encoding_are_all_respelled_in_key_order_and_the_encoding_recorded_after(long? stored)
    {
        var after = SortKeyCypher.EntitiesAfter("", 1).Text;
        var server = new FakeNeo4jServer().RespondTo(request => request.Statement switch
        {
            var statement when statement == SortKeyCypher.StoredKeyEncoding().Text =>
                Data("""["encoding"]""", stored is { } encoding ? $"[[{Int(encoding)}]]" : """[[{"$type":"Null","_value":null}]]"""),
            var statement when statement == after && StringsIn(request.Body).Contains("aktau") => Data("""["n"]""", "[]"),
            var statement when statement == after => Data("""["n"]""", $"[[{EntityNode("akmola", "Region", "Ақмола")}],[{EntityNode("aktau", "Region", "Aktau")}]]"),
            var statement when statement.StartsWith("SHOW INDEXES", StringComparison.Ordinal) => Data("""["name","constrained"]""", "[]"),
            _ => Empty(),
        });

        await Store(server).InitializeAsync();

        var statements = server.Requests.Select(r => r.Statement).ToList();
        Assert.Equal(2, statements.Count(s => s == after));
        var set = Assert.Single(server.Requests, r => r.Statement == SortKeyCypher.SetSortKeys([]).Text);
        Assert.Contains(Collation.Key("Ақмола"), StringsIn(set.Body));
        Assert.Contains(Collation.Key("Aktau"), StringsIn(set.Body));
        var record = Assert.Single(server.Requests, r => r.Statement == SortKeyCypher.RecordKeyEncoding().Text);
        Assert.True(statements.LastIndexOf(after) < statements.IndexOf(record.Statement));
        Assert.Contains(Collation.KeyEncoding.ToString(System.Globalization.CultureInfo.InvariantCulture), StringsIn(record.Body));
        Assert.DoesNotContain(statements, s => s == SortKeyCypher.EntitiesWithoutSortKeys(1).Text);
    }

    /// <summary>Every string in a request body, escapes read, so that text outside ASCII is found as it was sent.</summary>
    private static List<string> StringsIn(string json)
    {
        var strings = new List<string>();
        Collect(JsonDocument.Parse(json).RootElement);
        return strings;

        void Collect(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    strings.Add(element.GetString()!);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
            }
        }
    }
}
