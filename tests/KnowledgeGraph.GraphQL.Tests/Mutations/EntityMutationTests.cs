using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

public sealed class EntityMutationTests
{
    private const string CreateProject = """
        mutation($input: CreateProjectInput!) {
          createProject(input: $input) {
            project { id key name startYear sector investment { amount currency } version sources { key } }
            errors { __typename ... on Error { message code path } }
          }
        }
        """;

    [Fact]
    public async Task CreateProject_stores_the_project_with_a_key_derived_from_its_name()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("createProject", CreateProject, new
        {
            input = new
            {
                name = "Dostyk–Moyynty second track",
                sector = "Transport",
                startYear = 2020,
                investmentAmount = 1.2e9,
                investmentCurrency = "USD",
                sourceIds = new[] { Curator.SourceId(FixtureGraph.Wire) },
            },
        });

        Assert.Equal("dostyk-moyynty-second-track", payload.GetProperty("project").GetProperty("key").GetString());
        Assert.Equal(1, payload.GetProperty("project").GetProperty("version").GetInt64());
        var stored = await curator.EntityAsync("dostyk-moyynty-second-track");
        Assert.Equal(EntityKind.Project, stored!.Kind);
        Assert.Equal(2020, stored.Property("startYear")!.Value.Integer);
        Assert.Equal([FixtureGraph.Wire], stored.SourceKeys);
    }
}
