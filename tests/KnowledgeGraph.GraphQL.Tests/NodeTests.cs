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
        Assert.Equal(GlobalId.Encode("Project", "khorgos-gateway"), response.At("entity.id").GetString());
        Assert.Equal("UHJvamVjdDpraG9yZ29zLWdhdGV3YXk=", response.At("entity.id").GetString());
        Assert.Equal("Project", response.At("entity.__typename").GetString());
    }
}
