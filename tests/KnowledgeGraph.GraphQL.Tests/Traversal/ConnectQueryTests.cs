using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Nodes;

namespace KnowledgeGraph.GraphQL.Tests.Traversal;

public sealed class ConnectQueryTests(TraversalFixture fixture) : IClassFixture<TraversalFixture>
{
    private const string Query = """
        query ($ids: [ID!]!, $maxLength: Int) {
          connect(ids: $ids, maxLength: $maxLength) {
            nodes { key }
            relationships { key }
            truncated
          }
        }
        """;

    private static readonly string Tokayev = GlobalId.Encode("Person", "kassym-jomart-tokayev");
    private static readonly string Xi = GlobalId.Encode("Person", "xi-jinping");
    private static readonly string Luban = GlobalId.Encode("TrainingProgram", "luban-workshop-astana");

    [Fact]
    public async Task Connect_returns_the_union_of_the_shortest_paths_of_a_spanning_tree_over_the_entities()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new { ids = new[] { Tokayev, Xi, Luban } })).AssertNoErrors();

        Assert.Equal(
            ["kassym-jomart-tokayev", "xi-jinping", "luban-workshop-astana"],
            response.Strings("connect.nodes", "key").Take(3));
        Assert.Equal(
            ["belt-and-road", "china", "kassym-jomart-tokayev", "kazakhstan", "luban-workshop-astana", "western-europe-western-china", "xi-jinping"],
            response.Strings("connect.nodes", "key").Order(StringComparer.Ordinal));
        Assert.Equal(
            ["bri-proposed-by-xi", "luban-under-bri", "tokayev-leads-kazakhstan", "wewc-connects-china", "wewc-connects-kazakhstan", "xi-leads-china"],
            response.Strings("connect.relationships", "key"));
        Assert.False(response.At("connect.truncated").GetBoolean());
    }

    [Fact]
    public async Task Connect_returns_entities_it_cannot_link_within_max_length_unlinked_and_truncated()
    {
        var response = (await fixture.Host.ExecuteAsync(Query, new { ids = new[] { Tokayev, Xi }, maxLength = 2 })).AssertNoErrors();

        Assert.Equal(["kassym-jomart-tokayev", "xi-jinping"], response.Strings("connect.nodes", "key"));
        Assert.Equal(0, response.At("connect.relationships").GetArrayLength());
        Assert.True(response.At("connect.truncated").GetBoolean());
    }

    [Fact]
    public async Task Connect_needs_two_different_entities()
    {
        var response = await fixture.Host.ExecuteAsync(Query, new { ids = new[] { Tokayev, Tokayev } });

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
    }

    [Fact]
    public async Task Connect_with_more_entities_than_allowed_fails_with_limit_exceeded()
    {
        var ids = new[] { "kazakhstan", "china", "xinjiang", "almaty-region", "mangystau-region", "kazakhstan-x" }
            .Select(k => GlobalId.Encode("Region", k))
            .ToArray();

        var response = await fixture.Host.ExecuteAsync(Query, new { ids });

        Assert.Equal([DomainErrorCodes.LimitExceeded], response.ErrorCodes);
    }
}
