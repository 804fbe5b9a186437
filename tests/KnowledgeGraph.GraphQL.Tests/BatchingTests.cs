using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class BatchingTests
{
    private const string NestedQuery = """
        {
          projects(first: 50) {
            nodes {
              regions { nodes { name sources { title } } }
              companies { nodes { name } }
              sources { title }
            }
          }
        }
        """;

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public async Task Nested_child_fields_cost_one_store_call_per_field_and_level_whatever_the_number_of_projects(int projects)
    {
        await using var store = await SqliteStoreFactory.CreateAsync(GeneratedGraph.Create(projects));
        await using var host = new GraphQLTestHost(store.Store);

        var response = await host.ExecuteAsync(NestedQuery);

        response.AssertNoErrors();
        Assert.Equal(projects, response.At("projects.nodes").GetArrayLength());
        Assert.All(response.At("projects.nodes").EnumerateArray(), p => Assert.Equal(2, p.GetProperty("regions").GetProperty("nodes").GetArrayLength()));
        Assert.All(response.At("projects.nodes").EnumerateArray(), p => Assert.Equal(2, p.GetProperty("companies").GetProperty("nodes").GetArrayLength()));

        // projects: 1 query; regions and companies: 1 relationship read each; sources: 1 read per level (projects', regions').
        Assert.Equal(1, host.Store.CallsTo("QueryEntitiesAsync"));
        Assert.Equal(2, host.Store.CallsTo("GetRelationshipsAsync"));
        Assert.Equal(2, host.Store.CallsTo("GetSourcesAsync"));
        Assert.Equal(5, host.Store.TotalCalls);
    }

    [Fact]
    public async Task Entities_loaded_by_key_in_one_level_are_read_in_one_call()
    {
        await using var store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create());
        await using var host = new GraphQLTestHost(store.Store);

        var response = await host.ExecuteAsync("""
            {
              a: entity(key: "ktz") { name }
              b: entity(key: "cnpc") { name }
              c: entity(key: "china") { name }
              r: relationship(key: "xi-leads-china") { from { name } to { name } }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal(2, host.Store.CallsTo("GetEntitiesAsync"));
        Assert.Equal(1, host.Store.CallsTo("GetRelationshipsByKeyAsync"));
    }
}
