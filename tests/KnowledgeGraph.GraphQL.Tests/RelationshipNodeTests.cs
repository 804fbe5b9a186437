using System.Text.Json;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>Relationships as Relay nodes: one global id, the same wherever the relationship is met, that node(id:) resolves.</summary>
public sealed class RelationshipNodeTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private static readonly string OperatedById = GlobalId.Encode("Relationship", "khorgos-operated-by-ktz");

    [Fact]
    public async Task Relationship_id_is_base64_of_Relationship_and_its_key()
    {
        var response = await fixture.Host.ExecuteAsync("""{ relationship(key: "khorgos-operated-by-ktz") { id key __typename } }""");

        response.AssertNoErrors();
        Assert.Equal("UmVsYXRpb25zaGlwOmtob3Jnb3Mtb3BlcmF0ZWQtYnkta3R6", response.At("relationship.id").GetString());
        Assert.Equal(OperatedById, response.At("relationship.id").GetString());
        Assert.Equal("Relationship", response.At("relationship.__typename").GetString());
    }

    [Fact]
    public async Task Node_returns_the_relationship_a_global_id_names_with_its_ends_and_properties()
    {
        var response = await fixture.Host.ExecuteAsync(
            "query($id: ID!) { node(id: $id) { id __typename ... on Relationship { key type relationshipType role sinceYear fromKey from { key } to { key } } } }",
            new { id = OperatedById });

        response.AssertNoErrors();
        Assert.Equal(OperatedById, response.At("node.id").GetString());
        Assert.Equal("Relationship", response.At("node.__typename").GetString());
        Assert.Equal("khorgos-operated-by-ktz", response.At("node.key").GetString());
        Assert.Equal(RelationshipTypes.OperatedBy, response.At("node.type").GetString());
        Assert.Equal(RelationshipTypes.OperatedBy, response.At("node.relationshipType").GetString());
        Assert.Equal("operator", response.At("node.role").GetString());
        Assert.Equal(2015, response.At("node.sinceYear").GetInt32());
        Assert.Equal("khorgos-gateway", response.At("node.fromKey").GetString());
        Assert.Equal("khorgos-gateway", response.At("node.from.key").GetString());
        Assert.Equal("ktz", response.At("node.to.key").GetString());
    }

    [Fact]
    public async Task Nodes_loads_all_relationship_ids_in_one_store_call_and_reports_an_unknown_one_at_its_index()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?>());

        var response = await host.ExecuteAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Relationship { key } ... on Entity { key } } }",
            new
            {
                ids = new[]
                {
                    OperatedById,
                    GlobalId.Encode("Company", "ktz"),
                    GlobalId.Encode("Relationship", "no-such-link"),
                    GlobalId.Encode("Relationship", "zhb-built-by-ktz"),
                },
            });

        var nodes = response.At("nodes");
        Assert.Equal(["khorgos-operated-by-ktz", "ktz", null, "zhb-built-by-ktz"],
            nodes.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.Null ? null : n.GetProperty("key").GetString()));
        Assert.Equal([DomainErrorCodes.NotFound], response.ErrorCodes);
        Assert.Equal(2, response.Errors[0].GetProperty("path")[1].GetInt32());
        Assert.Equal(1, host.Store.CallsTo(nameof(IGraphStore.GetRelationshipsByKeyAsync)));
    }

    [Fact]
    public async Task Typed_relationship_edges_give_the_same_id_as_relationship_key_and_node()
    {
        var response = await fixture.Host.ExecuteAsync($$"""
            query($id: ID!) {
              byKey: relationship(key: "khorgos-operated-by-ktz") { id }
              byId: node(id: $id) { id }
              entity(key: "ktz") { relationships(types: ["OPERATED_BY"]) { edges { relationshipId key } } }
              project: entity(key: "khorgos-gateway") { ... on Project { operators { edges { relationshipId } } } }
            }
            """, new { id = OperatedById });

        response.AssertNoErrors();
        Assert.Equal(OperatedById, response.At("byKey.id").GetString());
        Assert.Equal(OperatedById, response.At("byId.id").GetString());
        Assert.Equal("khorgos-operated-by-ktz", response.At("entity.relationships.edges.0.key").GetString());
        Assert.Equal(OperatedById, response.At("entity.relationships.edges.0.relationshipId").GetString());
        Assert.Equal(OperatedById, response.At("project.operators.edges.0.relationshipId").GetString());
    }

    [Theory]
    [InlineData("UmVsYXRpb25zaGlwOm5vLXN1Y2gtbGluaw==", DomainErrorCodes.NotFound)]
    [InlineData("UmVsYXRpb25zaGlw", DomainErrorCodes.ValidationFailed)]
    public async Task Node_of_an_unknown_or_malformed_relationship_id_is_null_with_a_typed_error(string id, string code)
    {
        var response = await fixture.Host.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(JsonValueKind.Null, response.At("node").ValueKind);
        Assert.Equal([code], response.ErrorCodes);
    }
}
