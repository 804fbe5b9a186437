using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Traversal;

/// <summary>The traversal fields take an entity's key wherever they take its global id, so people can type what they read.</summary>
public sealed class KeyArgumentTests(TraversalFixture fixture) : IClassFixture<TraversalFixture>
{
    [Fact]
    public async Task Neighborhood_by_key_equals_neighborhood_by_global_id_and_reads_no_entity_more()
    {
        const string Query = "query ($id: ID!) { neighborhood(id: $id, depth: 1) { nodes { key } relationships { key } } }";
        CountingGraphStore? counting = null;
        await using var host = fixture.CreateHost(store => counting = new CountingGraphStore(store));

        var byKey = (await host.ExecuteAsync(Query, new { id = "khorgos-gateway" })).AssertNoErrors();
        var byId = (await host.ExecuteAsync(Query, new { id = GlobalId.Encode("Project", "khorgos-gateway") })).AssertNoErrors();

        Assert.Equal("khorgos-gateway", byKey.At("neighborhood.nodes.0.key").GetString());
        Assert.Equal(byId.Json, byKey.Json);
        Assert.Equal(0, counting!.CallsTo(nameof(IGraphStore.GetEntitiesAsync)));
    }

    [Fact]
    public async Task Paths_take_keys_and_global_ids_mixed()
    {
        const string Query = "query ($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { key } } }";

        var byKeys = (await fixture.Host.ExecuteAsync(Query, new { from = "kassym-jomart-tokayev", to = "xi-jinping" })).AssertNoErrors();
        var mixed = (await fixture.Host.ExecuteAsync(Query, new { from = "kassym-jomart-tokayev", to = GlobalId.Encode("Person", "xi-jinping") })).AssertNoErrors();

        Assert.Equal(["kassym-jomart-tokayev", "kazakhstan", "western-europe-western-china", "china", "xi-jinping"], byKeys.Strings("paths.0.nodes", "key"));
        Assert.Equal(byKeys.Json, mixed.Json);
    }

    [Fact]
    public async Task Connect_takes_keys_and_counts_an_entity_named_both_ways_once()
    {
        const string Query = "query ($ids: [ID!]!) { connect(ids: $ids) { nodes { key } } }";

        var response = (await fixture.Host.ExecuteAsync(Query, new { ids = new[] { "kassym-jomart-tokayev", "xi-jinping", GlobalId.Encode("Person", "xi-jinping") } }))
            .AssertNoErrors();
        var twice = await fixture.Host.ExecuteAsync(Query, new { ids = new[] { "xi-jinping", GlobalId.Encode("Person", "xi-jinping") } });

        Assert.Equal(["kassym-jomart-tokayev", "xi-jinping"], response.Strings("connect.nodes", "key").Take(2));
        Assert.Equal([DomainErrorCodes.ValidationFailed], twice.ErrorCodes);
    }

    [Fact]
    public async Task A_key_naming_no_entity_is_not_found_and_the_message_says_both_forms_are_accepted()
    {
        var response = await fixture.Host.ExecuteAsync(
            "query ($to: ID!) { paths(from: \"kassym-jomart-tokayev\", to: $to) { length } }", new { to = "xi-jinpin" });

        Assert.Equal([DomainErrorCodes.NotFound], response.ErrorCodes);
        Assert.Equal(
            "No entity has the key 'xi-jinpin'. to takes a global id (base64 of \"TypeName:key\") or a key (e.g. \"altynkol-khorgos-railway-crossing\").",
            response.Errors[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("Xi Jinping")]
    [InlineData("xi--jinping")]
    [InlineData("")]
    public async Task A_value_that_is_neither_a_global_id_nor_a_key_is_an_invalid_id_naming_the_value(string value)
    {
        var response = await fixture.Host.ExecuteAsync("query ($ids: [ID!]!) { connect(ids: $ids) { truncated } }", new { ids = new[] { "kassym-jomart-tokayev", value } });

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        var detail = response.Errors[0].GetProperty("extensions").GetProperty("details")[0];
        Assert.Equal(IdOrKey.InvalidId, detail.GetProperty("code").GetString());
        Assert.Equal("ids[1]", detail.GetProperty("path").GetString());
        Assert.Equal($"'{value}' is neither {IdOrKey.BothForms}; ids[1] accepts both.", detail.GetProperty("message").GetString());
    }
}
