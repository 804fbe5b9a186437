using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class NodeTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Fact]
    public async Task Id_field_is_base64_of_type_name_and_key()
    {
        var response = await fixture.Host.ExecuteAsync("""{ entity(key: "khorgos-gateway") { id __typename } }""");

        response.AssertNoErrors();
        Assert.Equal("UHJvamVjdDpraG9yZ29zLWdhdGV3YXk=", response.At("entity.id").GetString());
        Assert.Equal("Project", response.At("entity.__typename").GetString());
    }

    [Fact]
    public async Task Node_returns_the_entity_a_global_id_names_with_its_kind_specific_fields()
    {
        var response = await fixture.Host.ExecuteAsync(
            "query($id: ID!) { node(id: $id) { id ... on Project { key sector startYear investment { amount currency } } } }",
            new { id = GlobalId.Encode("Project", "khorgos-gateway") });

        response.AssertNoErrors();
        Assert.Equal("khorgos-gateway", response.At("node.key").GetString());
        Assert.Equal("Logistics", response.At("node.sector").GetString());
        Assert.Equal(2015, response.At("node.startYear").GetInt32());
        Assert.Equal(245_000_000d, response.At("node.investment.amount").GetDouble());
        Assert.Equal("USD", response.At("node.investment.currency").GetString());
    }

    [Fact]
    public async Task Node_returns_a_source_by_its_global_id()
    {
        var response = await fixture.Host.ExecuteAsync(
            "query($id: ID!) { node(id: $id) { __typename ... on Source { key title publisher url publishedOn } } }",
            new { id = GlobalId.Encode("Source", FixtureGraph.Wire) });

        response.AssertNoErrors();
        Assert.Equal("Source", response.At("node.__typename").GetString());
        Assert.Equal("Khorgos Gateway dry port opens", response.At("node.title").GetString());
        Assert.Equal("2015-08-01", response.At("node.publishedOn").GetString());
    }

    [Fact]
    public async Task Node_with_a_malformed_id_is_null_with_a_VALIDATION_FAILED_error()
    {
        var response = await fixture.Host.ExecuteAsync("""{ node(id: "not a global id") { id } }""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("node").ValueKind);
        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        Assert.Equal("id", response.Errors[0].GetProperty("extensions").GetProperty("details")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Nodes_keeps_the_order_of_the_ids_and_gives_null_plus_an_error_with_its_index_for_each_bad_id()
    {
        var response = await fixture.Host.ExecuteAsync(
            "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { key } } }",
            new
            {
                ids = new[]
                {
                    GlobalId.Encode("Company", "ktz"),
                    GlobalId.Encode("Project", "no-such-project"),
                    "%%%",
                    GlobalId.Encode("Region", "khorgos-gateway"),
                    GlobalId.Encode("Region", "kazakhstan"),
                },
            });

        var nodes = response.At("nodes");
        Assert.Equal("ktz", nodes[0].GetProperty("key").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[2].ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[3].ValueKind);
        Assert.Equal("kazakhstan", nodes[4].GetProperty("key").GetString());
        var errors = response.Errors.Select(e => (Index: e.GetProperty("path")[1].GetInt32(), Code: e.GetProperty("extensions").GetProperty("code").GetString()))
            .OrderBy(e => e.Index).ToList();
        Assert.Equal([(1, DomainErrorCodes.NotFound), (2, DomainErrorCodes.ValidationFailed), (3, DomainErrorCodes.NotFound)], errors);
    }

    [Fact]
    public async Task Entity_by_key_returns_region_coordinates_and_null_composites_when_values_are_missing()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              almaty: entity(key: "almaty-region") { ... on Region { level coordinates { latitude longitude } } }
              xinjiang: entity(key: "xinjiang") { ... on Region { coordinates { latitude } } }
              aktau: entity(key: "aktau-container-hub") { ... on Project { investment { amount } lengthKm } }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal("Province", response.At("almaty.level").GetString());
        Assert.Equal(45.0, response.At("almaty.coordinates.latitude").GetDouble());
        Assert.Equal(78.0, response.At("almaty.coordinates.longitude").GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("xinjiang.coordinates").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("aktau.investment").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("aktau.lengthKm").ValueKind);
    }

    [Fact]
    public async Task Entity_with_an_unknown_key_is_null_with_a_NOT_FOUND_error_naming_the_key()
    {
        var response = await fixture.Host.ExecuteAsync("""{ entity(key: "atlantis") { name } }""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("entity").ValueKind);
        Assert.Equal([DomainErrorCodes.NotFound], response.ErrorCodes);
        Assert.Equal("atlantis", response.Errors[0].GetProperty("extensions").GetProperty("key").GetString());
        Assert.Equal("entity", response.Errors[0].GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Entity_sources_list_the_cited_documents()
    {
        var response = await fixture.Host.ExecuteAsync("""{ entity(key: "ktz") { aliases sources { key title } } }""");

        response.AssertNoErrors();
        Assert.Equal(["KTZ"], response.At("entity.aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal([FixtureGraph.Wire], response.Strings("entity.sources", "key"));
    }
}
