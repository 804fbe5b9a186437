using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task Statistics_of_an_empty_store_count_nothing()
    {
        var store = await CreateStoreAsync();

        var statistics = await store.GetStatisticsAsync();

        Assert.Equal(0, statistics.EntityCount);
        Assert.Equal(0, statistics.RelationshipCount);
        Assert.Equal(0, statistics.SourceCount);
        Assert.Equal(await store.GetGraphVersionAsync(), statistics.GraphVersion);
    }

    [Fact]
    public async Task Statistics_count_entities_by_kind_relationships_by_type_and_sources()
    {
        var store = await CreateStoreWithAsync(
            [Entity("p1"), Entity("p2"), Entity("kz", EntityKind.Region), Entity("ktz", EntityKind.Company)],
            [
                Relationship("r1", RelationshipTypes.LocatedIn, "p1", "kz"),
                Relationship("r2", RelationshipTypes.LocatedIn, "p2", "kz"),
                Relationship("r3", RelationshipTypes.OperatedBy, "p1", "ktz"),
            ]);
        await store.ApplyAsync(new GraphChangeSet { UpsertSources = [Source("second")] });

        var statistics = await store.GetStatisticsAsync();

        Assert.Equal(2, statistics.EntitiesByKind.GetValueOrDefault(EntityKind.Project));
        Assert.Equal(1, statistics.EntitiesByKind.GetValueOrDefault(EntityKind.Region));
        Assert.Equal(1, statistics.EntitiesByKind.GetValueOrDefault(EntityKind.Company));
        Assert.Equal(0, statistics.EntitiesByKind.GetValueOrDefault(EntityKind.Person));
        Assert.Equal(4, statistics.EntityCount);
        Assert.Equal(2, statistics.RelationshipsByType.GetValueOrDefault(RelationshipTypes.LocatedIn));
        Assert.Equal(1, statistics.RelationshipsByType.GetValueOrDefault(RelationshipTypes.OperatedBy));
        Assert.Equal(3, statistics.RelationshipCount);
        Assert.Equal(2, statistics.SourceCount);
        Assert.Equal(await store.GetGraphVersionAsync(), statistics.GraphVersion);
    }

    [Fact]
    public async Task ReadAll_streams_every_source_entity_and_relationship_ordered_by_key()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source(), Source("b-source"), Source("a-source")],
            UpsertEntities = [.. new[] { "p-3", "p-1", "kz", "p-2" }.Select(k => new EntityUpsert(Entity(k, k == "kz" ? EntityKind.Region : EntityKind.Project)))],
            UpsertRelationships =
            [
                Relationship("r-c", RelationshipTypes.LocatedIn, "p-3", "kz"),
                Relationship("r-a", RelationshipTypes.LocatedIn, "p-1", "kz"),
                Relationship("r-b", RelationshipTypes.PartOf, "p-2", "p-1"),
            ],
        });

        var sources = await ToListAsync(store.ReadAllSourcesAsync());
        var entities = await ToListAsync(store.ReadAllEntitiesAsync());
        var relationships = await ToListAsync(store.ReadAllRelationshipsAsync());

        Assert.Equal(["a-source", "b-source", DefaultSourceKey], sources.Select(s => s.Key));
        Assert.Equal(["kz", "p-1", "p-2", "p-3"], entities.Select(e => e.Key));
        Assert.Equal(["r-a", "r-b", "r-c"], relationships.Select(r => r.Key));
        Assert.Equal("p-2", relationships[1].FromKey);
        Assert.All(entities, e => Assert.Equal([DefaultSourceKey], e.SourceKeys));
    }
}
