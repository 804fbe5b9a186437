using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The example queries of the README, run against the fixture graph so that they stay valid.</summary>
public sealed class JournalistExampleTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    public const string WhoOwnsAProject = """
        {
          entity(key: "khorgos-gateway") {
            name
            sources { title publisher url }
            ... on Project {
              investment { amount currency }
              owners {
                edges {
                  role amount currency sinceYear confidence note
                  node { name ... on Company { country ownership } }
                  sources { title publisher url publishedOn }
                }
              }
              operators { nodes { name } }
            }
          }
        }
        """;

    public const string RecentProjectsAndTheirCompanies = """
        {
          projects(where: { startYear: { gte: 2015 } }, order: [{ startYear: DESC }], first: 20) {
            totalCount
            nodes {
              name status startYear
              regions { nodes { name parent { name } } }
              companies { edges { relationshipType role node { name country } sources { title url } } }
            }
          }
        }
        """;

    public const string WhatRunsUnderAnInitiative = """
        {
          search(text: "belt road", kinds: [INITIATIVE], first: 1) {
            entity {
              name aliases
              ... on Initiative {
                proposedBy { edges { sinceYear note node { name } sources { title publishedOn } } }
                projects { nodes { name regions { nodes { name } } } }
                programs { nodes { name ... on TrainingProgram { providers { nodes { name } } } } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Who_owns_a_project_and_on_whose_word()
    {
        var response = await fixture.Host.ExecuteAsync(WhoOwnsAProject);

        response.AssertNoErrors();
        Assert.Equal(3, response.At("entity.owners.edges").GetArrayLength());
        Assert.Equal("COSCO Shipping", response.At("entity.owners.edges.0.node.name").GetString());
        Assert.Equal(2, response.At("entity.owners.edges.0.sources").GetArrayLength());
        Assert.Equal(["Kazakhstan Temir Zholy"], response.Strings("entity.operators.nodes", "name"));
    }

    [Fact]
    public async Task Which_companies_work_on_recent_projects()
    {
        var response = await fixture.Host.ExecuteAsync(RecentProjectsAndTheirCompanies);

        response.AssertNoErrors();
        Assert.Equal(["Aktau container hub", "Khorgos container terminal", "Khorgos Gateway"], response.Strings("projects.nodes", "name"));
        Assert.Equal("Kazakhstan", response.At("projects.nodes.2.regions.nodes.0.parent.name").GetString());
        Assert.Equal(RelationshipTypes.FundedBy, response.At("projects.nodes.0.companies.edges.0.relationshipType").GetString());
    }

    [Fact]
    public async Task What_runs_under_an_initiative_and_who_proposed_it()
    {
        var response = await fixture.Host.ExecuteAsync(WhatRunsUnderAnInitiative);

        response.AssertNoErrors();
        Assert.Equal("Belt and Road Initiative", response.At("search.0.entity.name").GetString());
        Assert.Equal("Xi Jinping", response.At("search.0.entity.proposedBy.edges.0.node.name").GetString());
        Assert.Equal(["Khorgos Gateway"], response.Strings("search.0.entity.projects.nodes", "name"));
        Assert.Equal(2, response.At("search.0.entity.programs.nodes.0.providers.nodes").GetArrayLength());
    }
}
