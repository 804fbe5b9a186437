using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Traversal;

public sealed class NeighborhoodQueryTests(TraversalFixture fixture) : IClassFixture<TraversalFixture>
{
    private const string Query = """
        query ($id: ID!, $depth: Int, $types: [String!], $direction: RelationshipDirection, $kinds: [EntityKind!], $limit: Int) {
          neighborhood(id: $id, depth: $depth, relationshipTypes: $types, direction: $direction, kinds: $kinds, limit: $limit) {
            nodes { __typename key name }
            relationships { id key type relationshipType fromKey toKey from { key } to { key } sources { key } }
            truncated
          }
        }
        """;

    private static readonly string Khorgos = GlobalId.Encode("Project", "khorgos-gateway");

    [Fact]
    public async Task Neighborhood_returns_the_root_first_then_its_neighbours_with_cited_relationships()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new { id = Khorgos })).AssertNoErrors();

        var nodes = response.Strings("neighborhood.nodes", "key");
        Assert.Equal("khorgos-gateway", nodes[0]);
        Assert.Equal(
            ["almaty-region", "belt-and-road", "cosco-shipping", "khorgos-container-terminal", "khorgos-gateway", "ktz", "lianyungang-port", "nurly-zhol"],
            nodes.Order(StringComparer.Ordinal));
        Assert.Equal("Project", response.At("neighborhood.nodes.0.__typename").GetString());
        var owned = response.At("neighborhood.relationships").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "khorgos-owned-by-cosco");
        Assert.Equal(RelationshipTypes.OwnedBy, owned.GetProperty("type").GetString());
        Assert.Equal(GlobalId.Encode("Relationship", "khorgos-owned-by-cosco"), owned.GetProperty("id").GetString());
        Assert.Equal("cosco-shipping", owned.GetProperty("to").GetProperty("key").GetString());
        Assert.Equal(["src-wire", "src-government"], owned.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.False(response.At("neighborhood.truncated").GetBoolean());
    }

    [Fact]
    public async Task Neighborhood_applies_relationship_types_direction_and_kinds()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new
        {
            id = Khorgos,
            depth = 2,
            types = new[] { RelationshipTypes.OwnedBy, RelationshipTypes.PartnerOf },
            direction = "OUT",
            kinds = new[] { "COMPANY" },
        })).AssertNoErrors();

        Assert.Equal(
            ["cosco-shipping", "khorgos-gateway", "ktz", "lianyungang-port"],
            response.Strings("neighborhood.nodes", "key").Order(StringComparer.Ordinal));
        Assert.Contains("ktz-partner-of-lianyungang", response.Strings("neighborhood.relationships", "key"));
    }

    [Fact]
    public async Task Neighborhood_stops_at_the_limit_and_says_it_is_truncated()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new { id = Khorgos, depth = 2, limit = 3 })).AssertNoErrors();

        Assert.Equal(3, response.At("neighborhood.nodes").GetArrayLength());
        Assert.True(response.At("neighborhood.truncated").GetBoolean());
    }

    [Fact]
    public async Task Neighborhood_deeper_than_the_configured_maximum_fails_with_limit_exceeded()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?> { ["Traversal:MaxDepth"] = "2" });

        var response = await host.ExecuteAsync(Query, new { id = Khorgos, depth = 3 });

        Assert.Equal([DomainErrorCodes.LimitExceeded], response.ErrorCodes);
        var extensions = response.Errors[0].GetProperty("extensions");
        Assert.Equal("depth", extensions.GetProperty("limit").GetString());
        Assert.Equal(2, extensions.GetProperty("maximum").GetInt32());
    }

    [Fact]
    public async Task Neighborhood_with_a_limit_above_the_maximum_nodes_fails_with_limit_exceeded()
    {
        var response = await fixture.Host.ExecuteAsync(Query, new { id = Khorgos, limit = 501 });

        Assert.Equal([DomainErrorCodes.LimitExceeded], response.ErrorCodes);
    }

    [Fact]
    public async Task Neighborhood_with_an_unknown_relationship_type_fails_with_a_validation_error()
    {
        var response = await fixture.Host.ExecuteAsync(Query, new { id = Khorgos, types = new[] { "FRIEND_OF" } });

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        var detail = response.Errors[0].GetProperty("extensions").GetProperty("details")[0];
        Assert.Equal(ValidationCodes.UnknownRelationshipType, detail.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Neighborhood_reads_no_entity_from_the_store_when_its_answer_starts_with_the_root()
    {
        CountingGraphStore? counting = null;
        await using var host = fixture.CreateHost(store => counting = new CountingGraphStore(store));

        (await host.ExecuteAsync("query ($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { key } truncated } }", new { id = Khorgos }))
            .AssertNoErrors();

        Assert.Equal(0, counting!.CallsTo(nameof(IGraphStore.GetEntitiesAsync)));
    }

    [Fact]
    public async Task Neighborhood_of_an_entity_named_under_another_kind_says_which_kind_the_id_expected()
    {
        var response = await fixture.Host.ExecuteAsync(Query, new { id = GlobalId.Encode("Region", "khorgos-gateway") });

        Assert.Equal([DomainErrorCodes.NotFound], response.ErrorCodes);
        Assert.Equal("No Region has the key 'khorgos-gateway'.", response.Root.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("Not a global id!", DomainErrorCodes.ValidationFailed)]
    [InlineData("a-key-nobody-wrote", DomainErrorCodes.NotFound)]
    [InlineData("U291cmNlOnNyYy13aXJl", DomainErrorCodes.ValidationFailed)]
    [InlineData("UHJvamVjdDphdGxhbnRpcw==", DomainErrorCodes.NotFound)]
    [InlineData("UmVnaW9uOmtob3Jnb3MtZ2F0ZXdheQ==", DomainErrorCodes.NotFound)]
    public async Task Neighborhood_of_a_malformed_unknown_or_mistyped_id_fails_with_a_typed_error(string id, string code)
    {
        var response = await fixture.Host.ExecuteAsync(Query, new { id });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Root.GetProperty("data").ValueKind);
    }
}
