using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

public sealed class SourceMutationTests
{
    private const string Errors = "errors { __typename ... on Error { message code path } }";

    private const string CreateSource = $$"""
        mutation($input: CreateSourceInput!) { createSource(input: $input) { source { id key title url publishedOn } {{Errors}} } }
        """;

    private const string UpdateSource = $$"""
        mutation($input: UpdateSourceInput!) { updateSource(input: $input) { source { key title publisher url } {{Errors}} } }
        """;

    private const string DeleteSource = $$"""
        mutation($input: DeleteSourceInput!) {
          deleteSource(input: $input) { deletedId errors { __typename ... on Error { code path } ... on SourceInUseError { sourceId } } }
        }
        """;

    private const string Attach = $$"""
        mutation($input: AttachSourceInput!) {
          attachSource(input: $input) { entity { key version sources { key } } relationship { id key sources { key } } {{Errors}} }
        }
        """;

    private const string Detach = $$"""
        mutation($input: DetachSourceInput!) {
          detachSource(input: $input) { entity { key version sources { key } } relationship { key sources { key } } {{Errors}} }
        }
        """;

    private static readonly string Ktz = Curator.Id(EntityKind.Company, "ktz");

    [Fact]
    public async Task CreateSource_derives_the_key_from_the_title()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("createSource", CreateSource,
            new { input = new { title = "KTZ annual report 2023", url = "https://example.org/ktz-2023.pdf", publishedOn = "2024-04-30" } });

        Assert.Equal("ktz-annual-report-2023", payload.GetProperty("source").GetProperty("key").GetString());
        Assert.Equal(new DateOnly(2024, 4, 30), (await curator.SourceAsync("ktz-annual-report-2023"))!.PublishedOn);
    }

    [Fact]
    public async Task CreateSource_with_a_bad_url_or_dates_in_the_wrong_order_writes_nothing()
    {
        await using var curator = await Curator.StartAsync();

        var errors = await curator.FailAsync("createSource", CreateSource, new
        {
            input = new { key = "bad-source", title = "Bad", url = "ftp://example.org/file", publishedOn = "2024-04-30", accessedOn = "2024-01-01" },
        });

        Assert.Equal([(ValidationCodes.InvalidDate, "input.accessedOn"), (ValidationCodes.InvalidUrl, "input.url")], errors.Order());
        Assert.Null(await curator.SourceAsync("bad-source"));
    }

    [Fact]
    public async Task UpdateSource_changes_the_fields_given_and_clears_those_set_to_null()
    {
        await using var curator = await Curator.StartAsync();

        var payload = await curator.SucceedAsync("updateSource", UpdateSource,
            new { input = new { id = Curator.SourceId(FixtureGraph.Wire), title = "Khorgos Gateway dry port opens its gates", publisher = (string?)null } });

        var source = payload.GetProperty("source");
        Assert.Equal("Khorgos Gateway dry port opens its gates", source.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("publisher").ValueKind);
        Assert.Equal("https://example.org/khorgos", source.GetProperty("url").GetString());
    }

    [Fact]
    public async Task DeleteSource_refuses_a_cited_source_and_deletes_an_uncited_one()
    {
        await using var curator = await Curator.StartAsync();
        await curator.SucceedAsync("createSource", CreateSource, new { input = new { key = "unused", title = "Never cited" } });

        var cited = (await curator.ExecuteAsync(DeleteSource, new { input = new { id = Curator.SourceId(FixtureGraph.Speech) } })).AssertNoErrors();
        var payload = await curator.SucceedAsync("deleteSource", DeleteSource, new { input = new { id = Curator.SourceId("unused") } });

        var error = cited.At("deleteSource.errors.0");
        Assert.Equal("SourceInUseError", error.GetProperty("__typename").GetString());
        Assert.Equal(ValidationCodes.SourceInUse, error.GetProperty("code").GetString());
        Assert.Equal(Curator.SourceId(FixtureGraph.Speech), error.GetProperty("sourceId").GetString());
        Assert.NotNull(await curator.SourceAsync(FixtureGraph.Speech));
        Assert.Equal(Curator.SourceId("unused"), payload.GetProperty("deletedId").GetString());
        Assert.Null(await curator.SourceAsync("unused"));
    }

    [Fact]
    public async Task AttachSource_adds_a_citation_to_an_entity_at_its_version_and_to_a_relationship()
    {
        await using var curator = await Curator.StartAsync();

        var entity = await curator.SucceedAsync("attachSource", Attach,
            new { input = new { entityId = Ktz, expectedVersion = 1, sourceId = Curator.SourceId(FixtureGraph.Government) } });
        var relationship = await curator.SucceedAsync("attachSource", Attach,
            new { input = new { relationshipKey = "zhb-built-by-ktz", sourceId = Curator.SourceId(FixtureGraph.Speech) } });

        Assert.Equal([FixtureGraph.Wire, FixtureGraph.Government], entity.GetProperty("entity").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(2, entity.GetProperty("entity").GetProperty("version").GetInt64());
        Assert.Equal([FixtureGraph.Wire, FixtureGraph.Speech], (await curator.RelationshipAsync("zhb-built-by-ktz"))!.SourceKeys);
        Assert.Equal(JsonValueKind.Null, relationship.GetProperty("entity").ValueKind);
    }

    [Fact]
    public async Task AttachSource_from_an_old_version_or_of_an_unknown_source_changes_nothing()
    {
        await using var curator = await Curator.StartAsync();

        var conflict = await curator.FailAsync("attachSource", Attach,
            new { input = new { entityId = Ktz, expectedVersion = 7, sourceId = Curator.SourceId(FixtureGraph.Government) } });
        var unknown = await curator.FailAsync("attachSource", Attach,
            new { input = new { entityId = Ktz, expectedVersion = 1, sourceId = Curator.SourceId("rumour") } });

        Assert.Equal([(DomainErrorCodes.Conflict, "input.expectedVersion")], conflict);
        Assert.Equal([(ValidationCodes.UnknownSource, "input.sourceId")], unknown);
        Assert.Equal([FixtureGraph.Wire], (await curator.EntityAsync("ktz"))!.SourceKeys);
    }

    [Fact]
    public async Task DetachSource_removes_a_citation_but_never_the_last_one()
    {
        await using var curator = await Curator.StartAsync();

        var detached = await curator.SucceedAsync("detachSource", Detach,
            new { input = new { relationshipKey = "khorgos-owned-by-cosco", sourceId = Curator.SourceId(FixtureGraph.Wire) } });
        var lastOfRelationship = await curator.FailAsync("detachSource", Detach,
            new { input = new { relationshipKey = "khorgos-owned-by-cosco", sourceId = Curator.SourceId(FixtureGraph.Government) } });
        var lastOfEntity = await curator.FailAsync("detachSource", Detach,
            new { input = new { entityId = Ktz, expectedVersion = 1, sourceId = Curator.SourceId(FixtureGraph.Wire) } });

        Assert.Equal([FixtureGraph.Government], detached.GetProperty("relationship").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal([(ValidationCodes.SourceRequired, "input.sourceId")], lastOfRelationship);
        Assert.Equal([(ValidationCodes.SourceRequired, "input.sourceId")], lastOfEntity);
        Assert.Equal([FixtureGraph.Government], (await curator.RelationshipAsync("khorgos-owned-by-cosco"))!.SourceKeys);
        Assert.Equal([FixtureGraph.Wire], (await curator.EntityAsync("ktz"))!.SourceKeys);
    }

    [Fact]
    public async Task Attach_and_detach_need_exactly_one_subject_and_an_entitys_version()
    {
        await using var curator = await Curator.StartAsync();

        var both = await curator.FailAsync("attachSource", Attach,
            new { input = new { entityId = Ktz, expectedVersion = 1, relationshipKey = "zhb-built-by-ktz", sourceId = Curator.SourceId(FixtureGraph.Speech) } });
        var noVersion = await curator.FailAsync("detachSource", Detach, new { input = new { entityId = Ktz, sourceId = Curator.SourceId(FixtureGraph.Wire) } });

        Assert.Equal([(ValidationCodes.Required, "input")], both);
        Assert.Equal([(ValidationCodes.Required, "input.expectedVersion")], noVersion);
    }

    [Fact]
    public async Task Attach_and_detach_name_a_relationship_by_global_id_as_well_as_by_key()
    {
        await using var curator = await Curator.StartAsync();
        var id = Curator.RelationshipId("zhb-built-by-ktz");

        var attached = await curator.SucceedAsync("attachSource", Attach, new { input = new { relationshipId = id, sourceId = Curator.SourceId(FixtureGraph.Speech) } });
        var detached = await curator.SucceedAsync("detachSource", Detach, new { input = new { relationshipId = id, sourceId = Curator.SourceId(FixtureGraph.Wire) } });
        var unknown = await curator.FailAsync("attachSource", Attach,
            new { input = new { relationshipId = Curator.RelationshipId("no-such-link"), sourceId = Curator.SourceId(FixtureGraph.Speech) } });

        Assert.Equal(id, attached.GetProperty("relationship").GetProperty("id").GetString());
        Assert.Equal([FixtureGraph.Wire, FixtureGraph.Speech], attached.GetProperty("relationship").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal([FixtureGraph.Speech], detached.GetProperty("relationship").GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal([FixtureGraph.Speech], (await curator.RelationshipAsync("zhb-built-by-ktz"))!.SourceKeys);
        Assert.Equal([(DomainErrorCodes.NotFound, "input.relationshipId")], unknown);
    }

    [Fact]
    public async Task Attach_naming_a_relationship_by_both_id_and_key_or_naming_nothing_is_REQUIRED_at_the_input()
    {
        await using var curator = await Curator.StartAsync();

        var both = await curator.FailAsync("attachSource", Attach, new
        {
            input = new { relationshipId = Curator.RelationshipId("zhb-built-by-ktz"), relationshipKey = "zhb-built-by-ktz", sourceId = Curator.SourceId(FixtureGraph.Speech) },
        });
        var neither = await curator.FailAsync("detachSource", Detach, new { input = new { sourceId = Curator.SourceId(FixtureGraph.Wire) } });
        var malformed = await curator.FailAsync("attachSource", Attach, new { input = new { relationshipId = Ktz, sourceId = Curator.SourceId(FixtureGraph.Speech) } });

        Assert.Equal([(ValidationCodes.Required, "input")], both);
        Assert.Equal([(ValidationCodes.Required, "input")], neither);
        Assert.Equal([(ErrorCodes.InvalidId, "input.relationshipId")], malformed);
        Assert.Equal([FixtureGraph.Wire], (await curator.RelationshipAsync("zhb-built-by-ktz"))!.SourceKeys);
    }
}
