using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Nodes;

namespace KnowledgeGraph.GraphQL.Tests.Traversal;

public sealed class PathsQueryTests(TraversalFixture fixture) : IClassFixture<TraversalFixture>
{
    private const string Query = """
        query ($from: ID!, $to: ID!, $maxLength: Int, $types: [String!], $mode: PathMode, $first: Int) {
          paths(from: $from, to: $to, maxLength: $maxLength, relationshipTypes: $types, mode: $mode, first: $first) {
            length
            nodes { key name }
            hops {
              from { key }
              to { key }
              direction
              label
              relationship { key type role sinceYear sources { key title } }
            }
          }
        }
        """;

    private static readonly string Tokayev = GlobalId.Encode("Person", "kassym-jomart-tokayev");
    private static readonly string Xi = GlobalId.Encode("Person", "xi-jinping");

    [Fact]
    public async Task Shortest_path_lists_entities_in_order_and_every_hop_with_direction_and_sources()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new { from = Tokayev, to = Xi })).AssertNoErrors();

        Assert.Equal(1, response.At("paths").GetArrayLength());
        Assert.Equal(4, response.At("paths.0.length").GetInt32());
        Assert.Equal(
            ["kassym-jomart-tokayev", "kazakhstan", "western-europe-western-china", "china", "xi-jinping"],
            response.Strings("paths.0.nodes", "key"));
        Assert.Equal(["FORWARD", "BACKWARD", "FORWARD", "BACKWARD"], response.Strings("paths.0.hops", "direction"));
        Assert.Equal(["leader of", "connected by", "connects", "led by"], response.Strings("paths.0.hops", "label"));
        Assert.Equal("kazakhstan", response.At("paths.0.hops.1.from.key").GetString());
        Assert.Equal("western-europe-western-china", response.At("paths.0.hops.1.to.key").GetString());
        Assert.Equal("wewc-connects-kazakhstan", response.At("paths.0.hops.1.relationship.key").GetString());
        Assert.Equal(2019, response.At("paths.0.hops.0.relationship.sinceYear").GetInt32());
        Assert.Equal("src-wire", response.At("paths.0.hops.3.relationship.sources.0.key").GetString());
    }

    [Fact]
    public async Task All_shortest_paths_returns_each_path_of_the_shortest_length()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new { from = Tokayev, to = Xi, mode = "ALL_SHORTEST" })).AssertNoErrors();

        var keys = response.At("paths").EnumerateArray()
            .Select(p => p.GetProperty("hops")[1].GetProperty("relationship").GetProperty("key").GetString())
            .ToList();
        Assert.Equal(["wewc-connects-kazakhstan", "wewc-in-kazakhstan"], keys);
    }

    [Fact]
    public async Task All_paths_come_shortest_first_and_stop_at_first()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new { from = Tokayev, to = Xi, mode = "ALL", maxLength = 6, first = 5 })).AssertNoErrors();

        var lengths = response.At("paths").EnumerateArray().Select(p => p.GetProperty("length").GetInt32()).ToList();
        Assert.Equal(5, lengths.Count);
        Assert.Equal(lengths.Order(), lengths);
        Assert.Equal(4, lengths[0]);
    }

    [Fact]
    public async Task Hop_relationships_carry_the_global_id_that_node_and_history_take()
    {
        var response = (await fixture.Host.ExecuteAsync(
            "query ($from: ID!, $to: ID!) { paths(from: $from, to: $to) { hops { relationship { id key } } } }", new { from = Tokayev, to = Xi })).AssertNoErrors();
        var hop = response.At("paths.0.hops.1.relationship");
        var again = (await fixture.Host.ExecuteAsync(
            "query ($id: ID!) { node(id: $id) { id ... on Relationship { key } } }", new { id = hop.GetProperty("id").GetString() })).AssertNoErrors();

        Assert.Equal(GlobalId.Encode("Relationship", "wewc-connects-kazakhstan"), hop.GetProperty("id").GetString());
        Assert.Equal(hop.GetProperty("key").GetString(), again.At("node.key").GetString());
        Assert.Equal(hop.GetProperty("id").GetString(), again.At("node.id").GetString());
    }

    [Fact]
    public async Task Paths_are_empty_when_none_fits_in_max_length()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new { from = Tokayev, to = Xi, maxLength = 3 })).AssertNoErrors();

        Assert.Equal(0, response.At("paths").GetArrayLength());
    }

    [Fact]
    public async Task Paths_follow_only_the_requested_relationship_types()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new
        {
            from = Tokayev,
            to = Xi,
            maxLength = 6,
            types = new[] { RelationshipTypes.LeaderOf, RelationshipTypes.PartOf, RelationshipTypes.LocatedIn, RelationshipTypes.BelongsTo, RelationshipTypes.ProposedBy },
        })).AssertNoErrors();

        Assert.Equal(
            ["kassym-jomart-tokayev", "kazakhstan", "almaty-region", "khorgos-gateway", "belt-and-road", "xi-jinping"],
            response.Strings("paths.0.nodes", "key"));
        Assert.DoesNotContain("western-europe-western-china", response.Strings("paths.0.nodes", "key"));
    }

    [Theory]
    [InlineData(7, 10, DomainErrorCodes.LimitExceeded)]
    [InlineData(4, 101, DomainErrorCodes.LimitExceeded)]
    [InlineData(0, 10, DomainErrorCodes.ValidationFailed)]
    [InlineData(4, 0, DomainErrorCodes.ValidationFailed)]
    public async Task Paths_outside_the_limits_fail_with_typed_errors(int maxLength, int first, string code)
    {
        var response = await fixture.Host.ExecuteAsync(Query, new { from = Tokayev, to = Xi, maxLength, first });

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Paths_to_an_unknown_entity_fail_with_not_found()
    {
        var response = await fixture.Host.ExecuteAsync(Query, new { from = Tokayev, to = GlobalId.Encode("Person", "nobody") });

        Assert.Equal([DomainErrorCodes.NotFound], response.ErrorCodes);
    }
}
