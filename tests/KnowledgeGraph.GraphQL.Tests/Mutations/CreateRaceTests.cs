using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

/// <summary>
/// Two curators create a record under the same key at once: the other one's write lands after this mutation checked
/// that the key was free and before it writes. The store refuses the second create; the first record stays intact.
/// </summary>
public sealed class CreateRaceTests
{
    private const string CreateSource = """
        mutation($input: CreateSourceInput!) {
          createSource(input: $input) { source { key } errors { __typename ... on Error { message code path } } }
        }
        """;

    private const string Link = """
        mutation($input: LinkEntitiesInput!) {
          linkEntities(input: $input) { relationship { key } errors { __typename ... on Error { message code path } } }
        }
        """;

    [Fact]
    public async Task CreateSource_refuses_a_key_taken_after_its_check_with_DUPLICATE_KEY_and_keeps_the_first_source()
    {
        await using var curator = await Curator.StartAsync();
        curator.Recorder.InterleaveBeforeNextApply(new GraphChangeSet
        {
            UpsertSources = [new Source { Key = "astana-report", Title = "The other curator's report", Publisher = "First desk" }],
        });
        var version = await curator.GraphVersionAsync();

        var response = (await curator.ExecuteAsync(CreateSource, new { input = new { key = "astana-report", title = "Astana report" } })).AssertNoErrors();

        var error = SingleError(response.At("createSource"));
        Assert.Equal(("ValidationError", ValidationCodes.DuplicateKey, "input.key"), error);
        var kept = await curator.SourceAsync("astana-report");
        Assert.Equal(("The other curator's report", "First desk"), (kept!.Title, kept.Publisher));
        Assert.Equal(version + 1, await curator.GraphVersionAsync());
        Assert.Equal(["astana-report"], Assert.Single(curator.Recorder.Applied).CreateOnlySourceKeys);
    }

    [Fact]
    public async Task LinkEntities_refuses_a_key_taken_after_its_check_with_DUPLICATE_KEY_and_keeps_the_first_relationship()
    {
        await using var curator = await Curator.StartAsync();
        var first = new Relationship
        {
            Key = "khorgos-gateway-located-in-kazakhstan",
            Type = RelationshipTypes.LocatedIn,
            FromKey = "khorgos-gateway",
            ToKey = "kazakhstan",
            Note = "Linked by the other curator.",
            SourceKeys = [FixtureGraph.Wire],
        };
        curator.Recorder.InterleaveBeforeNextApply(new GraphChangeSet { UpsertRelationships = [first] });
        var version = await curator.GraphVersionAsync();

        var response = (await curator.ExecuteAsync(Link, new
        {
            input = new
            {
                type = RelationshipTypes.LocatedIn,
                fromId = Curator.Id(EntityKind.Project, "khorgos-gateway"),
                toId = Curator.Id(EntityKind.Region, "kazakhstan"),
                note = "Linked by this curator.",
                sourceIds = new[] { Curator.SourceId(FixtureGraph.Government) },
            },
        })).AssertNoErrors();

        var error = SingleError(response.At("linkEntities"));
        Assert.Equal(("ValidationError", ValidationCodes.DuplicateKey, "input.key"), error);
        Assert.Equal(Curator.Describe(first), Curator.Describe(await curator.RelationshipAsync(first.Key)));
        Assert.Equal(version + 1, await curator.GraphVersionAsync());
        Assert.Equal([first.Key], Assert.Single(curator.Recorder.Applied).CreateOnlyRelationshipKeys);
    }

    private static (string Type, string Code, string Path) SingleError(JsonElement payload)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        return (
            error.GetProperty("__typename").GetString()!,
            error.GetProperty("code").GetString()!,
            string.Join('.', error.GetProperty("path").EnumerateArray().Select(p => p.GetString())));
    }
}
