using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

/// <summary>Statement-level citations: stored with entities and relationships, in order, and read back by every read.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private const string Report = "report-2024";

    private static readonly Citation[] EntityCitations =
    [
        new() { SourceKey = DefaultSourceKey, Quote = "The “Khorgos – Eastern Gate” hub lies on the border.\nIt opened in 2014.", Locator = "paragraph 4" },
        new() { SourceKey = Report, Quote = "Хоргос — 12,5 km", About = "lengthKm" },
        new() { SourceKey = Report, About = "name" },
    ];

    private static readonly Citation[] RelationshipCitations =
    [
        new() { SourceKey = Report, Quote = "located in Kazakhstan since 2014", About = "sinceYear", Locator = "p. 3" },
    ];

    [Fact]
    public async Task Citations_are_stored_in_order_and_read_back_by_every_read()
    {
        var store = await CreateCitingStoreAsync();

        var entity = Assert.Single(await store.GetEntitiesAsync(["gateway"]));
        Assert.Equal(EntityCitations, entity.Citations);
        Assert.Equal(EntityCitations, (await store.QueryEntitiesAsync(new EntityQuery { Kind = EntityKind.Project })).Items.Single().Citations);
        Assert.Equal(EntityCitations, (await ToListAsync(store.ReadAllEntitiesAsync())).Single(e => e.Key == "gateway").Citations);
        Assert.Empty(Assert.Single(await store.GetEntitiesAsync(["kz"])).Citations);

        Assert.Equal(RelationshipCitations, Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"])).Citations);
        Assert.Equal(RelationshipCitations, Assert.Single(await ToListAsync(store.ReadAllRelationshipsAsync())).Citations);
        var hit = Assert.Single(await store.GetRelationshipsAsync(["gateway"], new RelationshipQuery()));
        Assert.Equal(RelationshipCitations, hit.Relationship.Citations);
        Assert.Equal(EntityCitations, (await store.GetRelationshipsAsync(["kz"], new RelationshipQuery())).Single().Neighbour.Citations);
    }

    [Fact]
    public async Task Upserting_the_same_citations_changes_nothing_and_changing_them_is_a_new_version_recorded_in_history()
    {
        var store = await CreateCitingStoreAsync();
        var before = Assert.Single(await store.GetEntitiesAsync(["gateway"]));

        var same = await store.ApplyAsync(CitingGraph(EntityCitations, RelationshipCitations));
        var changed = await store.ApplyAsync(CitingGraph(EntityCitations[..2], []) with { Author = Editor });

        Assert.False(same.Changed);
        Assert.True(changed.Changed);
        var after = Assert.Single(await store.GetEntitiesAsync(["gateway"]));
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(EntityCitations[..2], after.Citations);
        Assert.Empty(Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"])).Citations);

        var entityChange = (await HistoryOfAsync(store, "gateway"))[0];
        Assert.Equal(["citations"], entityChange.ChangedFields);
        Assert.Equal(EntityCitations, Assert.IsType<EntitySnapshot>(entityChange.Before).Entity.Citations);
        Assert.Equal(EntityCitations[..2], Assert.IsType<EntitySnapshot>(entityChange.After).Entity.Citations);
        var relationshipChange = (await HistoryOfAsync(store, "r1", ChangeSubjectKind.Relationship))[0];
        Assert.Equal(["citations"], relationshipChange.ChangedFields);
        Assert.Equal(RelationshipCitations, Assert.IsType<RelationshipSnapshot>(relationshipChange.Before).Relationship.Citations);
    }

    [Fact]
    public async Task A_citation_of_a_source_the_record_does_not_list_is_refused_and_nothing_is_written()
    {
        var store = await CreateStoreAsync();
        var stray = new Citation { SourceKey = Report, Quote = "A quote." };

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(
            Graph([Entity("gateway") with { Citations = [stray] }]) with { UpsertSources = [Source(), Source(Report)] }));

        AssertRefused(error, ("upsertEntities[0].citations[0].source", ValidationCodes.CitationSourceNotListed));
        Assert.Empty(await store.GetEntitiesAsync(["gateway"]));
    }

    private async Task<Domain.Ports.IGraphStore> CreateCitingStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(CitingGraph(EntityCitations, RelationshipCitations));
        return store;
    }

    private static GraphChangeSet CitingGraph(IReadOnlyList<Citation> entityCitations, IReadOnlyList<Citation> relationshipCitations) =>
        Graph(
            [
                Entity("gateway", sourceKeys: [DefaultSourceKey, Report], properties: ("lengthKm", Num(12.5))) with { Citations = entityCitations },
                Entity("kz", EntityKind.Region),
            ],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", sourceKeys: [Report]) with { SinceYear = 2014, Citations = relationshipCitations }])
        with
        {
            UpsertSources = [Source(), Source(Report)],
        };
}
