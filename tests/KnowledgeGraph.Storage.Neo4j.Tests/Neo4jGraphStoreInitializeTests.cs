using System.Net;
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
            var statement when statement == lacking && asked++ == 0 => Data("""["n"]""", $"[[{EntityNode("ktz", "Company", "KTZ – Huawei")}]]"),
            var statement when statement.StartsWith("SHOW INDEXES", StringComparison.Ordinal) => Data("""["name","constrained"]""", "[]"),
            _ => Empty(),
        });

        await Store(server).InitializeAsync();

        var set = Assert.Single(server.Requests, r => r.Statement == SortKeyCypher.SetSortKeys([]).Text);
        Assert.Contains(Collation.Key("KTZ – Huawei"), set.Body, StringComparison.Ordinal);
        Assert.Contains("\"ktz\"", set.Body, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count(r => r.Statement == lacking));
    }
}
