using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

/// <summary>Statement-level citations through the API: written by upsertGraph and the mutations, read on entities and relationships.</summary>
public sealed class CitationMutationTests
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";

    private const string Upsert = $$"""
        mutation($input: UpsertGraphInput!) {
          upsertGraph(input: $input) { result { changed entities { created updated unchanged } } {{Errors}} }
        }
        """;

    private const string Read = """
        query {
          entity(key: "altynkol-dry-port") { citations { source { key title } quote locator about } sources { key } }
          relationship(key: "altynkol-dry-port-operated-by-ktz") { citations { source { key } quote locator about } }
        }
        """;

    private const string UpdateProject = $$"""
        mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { version citations { quote } } {{Errors}} } }
        """;

    private const string Detach = $$"""
        mutation($input: DetachSourceInput!) { detachSource(input: $input) { entity { key } {{Errors}} } }
        """;

    private const string Quote = "The “Altynkol” dry port opened in 2021.";

    private static object Batch(object[] projectCitations, string relationshipCitationSource = FixtureGraph.Wire) => new
    {
        input = new
        {
            entities = new object[]
            {
                new
                {
                    project = new
                    {
                        key = "altynkol-dry-port", name = "Altynkol dry port", startYear = 2021,
                        sourceKeys = new[] { FixtureGraph.Wire, FixtureGraph.Government },
                        citations = projectCitations,
                    },
                },
            },
            relationships = new object[]
            {
                new
                {
                    type = RelationshipTypes.OperatedBy, from = "altynkol-dry-port", to = "ktz", sourceKeys = new[] { FixtureGraph.Wire },
                    citations = new[] { new { sourceKey = relationshipCitationSource, quote = "operated by KTZ", about = (string?)null } },
                },
            },
        },
    };

    private static object[] ProjectCitations => new object[]
    {
        new { sourceKey = FixtureGraph.Wire, quote = Quote, locator = "paragraph 2", about = "startYear" },
        new { sourceKey = FixtureGraph.Government, quote = (string?)null, locator = (string?)null, about = (string?)null },
    };

    [Fact]
    public async Task UpsertGraph_writes_citations_that_entities_and_relationships_return_with_their_sources()
    {
        await using var curator = await Curator.StartAsync();

        await curator.SucceedAsync("upsertGraph", Upsert, Batch(ProjectCitations));
        var response = (await curator.ExecuteAsync(Read)).AssertNoErrors();

        var citations = response.At("entity.citations").EnumerateArray().ToList();
        Assert.Equal(2, citations.Count);
        Assert.Equal(
            (FixtureGraph.Wire, "Khorgos Gateway dry port opens", Quote, "paragraph 2", "startYear"),
            (citations[0].GetProperty("source").GetProperty("key").GetString(), citations[0].GetProperty("source").GetProperty("title").GetString(),
             citations[0].GetProperty("quote").GetString(), citations[0].GetProperty("locator").GetString(), citations[0].GetProperty("about").GetString()));
        Assert.Equal(JsonValueKind.Null, citations[1].GetProperty("quote").ValueKind);
        Assert.Equal(2, response.At("entity.sources").GetArrayLength());
        Assert.Equal("operated by KTZ", response.At("relationship.citations.0.quote").GetString());
        Assert.Equal(
            [new Citation { SourceKey = FixtureGraph.Wire, Quote = Quote, Locator = "paragraph 2", About = "startYear" }, new Citation { SourceKey = FixtureGraph.Government }],
            (await curator.EntityAsync("altynkol-dry-port"))!.Citations);
    }

    [Fact]
    public async Task UpsertGraph_with_the_same_citations_leaves_the_record_unchanged_and_with_other_ones_updates_it()
    {
        await using var curator = await Curator.StartAsync();
        await curator.SucceedAsync("upsertGraph", Upsert, Batch(ProjectCitations));

        var same = (await curator.SucceedAsync("upsertGraph", Upsert, Batch(ProjectCitations))).GetProperty("result");
        var fewer = (await curator.SucceedAsync("upsertGraph", Upsert, Batch(ProjectCitations[..1]))).GetProperty("result");

        Assert.False(same.GetProperty("changed").GetBoolean());
        Assert.Equal(1, same.GetProperty("entities").GetProperty("unchanged").GetInt32());
        Assert.Equal(1, fewer.GetProperty("entities").GetProperty("updated").GetInt32());
        Assert.Single((await curator.EntityAsync("altynkol-dry-port"))!.Citations);
    }

    [Fact]
    public async Task UpsertGraph_refuses_citations_that_break_the_rules_naming_the_input_field_and_writes_nothing()
    {
        await using var curator = await Curator.StartAsync();
        object[] broken =
        [
            new { sourceKey = FixtureGraph.Speech, quote = Quote },
            new { sourceKey = FixtureGraph.Wire, quote = "  " },
            new { sourceKey = FixtureGraph.Wire, about = "lengthKm" },
        ];

        var errors = await curator.FailAsync("upsertGraph", Upsert, Batch(broken, relationshipCitationSource: FixtureGraph.Government));

        Assert.Equal(
            [
                (ValidationCodes.CitationSourceNotListed, "input.entities.0.project.citations.0.sourceKey"),
                (ValidationCodes.Required, "input.entities.0.project.citations.1.quote"),
                (ValidationCodes.CitationAboutUnknown, "input.entities.0.project.citations.2.about"),
                (ValidationCodes.CitationSourceNotListed, "input.relationships.0.citations.0.sourceKey"),
            ],
            errors);
        Assert.Null(await curator.EntityAsync("altynkol-dry-port"));
    }

    [Fact]
    public async Task An_update_that_leaves_citations_out_keeps_them_and_one_that_gives_them_replaces_them()
    {
        await using var curator = await Curator.StartAsync();
        await curator.SucceedAsync("upsertGraph", Upsert, Batch(ProjectCitations));
        var id = Curator.Id(EntityKind.Project, "altynkol-dry-port");

        var kept = await curator.SucceedAsync("updateProject", UpdateProject, new { input = new { id, expectedVersion = 1, name = "Altynkol dry port (KTZ)" } });
        var replaced = await curator.SucceedAsync("updateProject", UpdateProject, new
        {
            input = new { id, expectedVersion = 2, citations = new[] { new { sourceId = Curator.SourceId(FixtureGraph.Government), quote = "Altynkol" } } },
        });
        var badId = await curator.FailAsync("updateProject", UpdateProject, new
        {
            input = new { id, expectedVersion = 3, citations = new[] { new { sourceId = "not-an-id", quote = "Altynkol" } } },
        });

        Assert.Equal(2, kept.GetProperty("project").GetProperty("citations").GetArrayLength());
        Assert.Equal("Altynkol", replaced.GetProperty("project").GetProperty("citations")[0].GetProperty("quote").GetString());
        Assert.Equal([(ErrorCodes.InvalidId, "input.citations.0.sourceId")], badId);
    }

    [Fact]
    public async Task Detaching_a_source_that_citations_still_quote_is_refused_and_keeps_them()
    {
        await using var curator = await Curator.StartAsync();
        await curator.SucceedAsync("upsertGraph", Upsert, Batch(ProjectCitations));

        var errors = await curator.FailAsync("detachSource", Detach, new
        {
            input = new { entityId = Curator.Id(EntityKind.Project, "altynkol-dry-port"), expectedVersion = 1, sourceId = Curator.SourceId(FixtureGraph.Wire) },
        });

        Assert.Equal([(ValidationCodes.CitationSourceNotListed, "input.sourceId")], errors);
        Assert.Equal(2, (await curator.EntityAsync("altynkol-dry-port"))!.Citations.Count);
    }
}
