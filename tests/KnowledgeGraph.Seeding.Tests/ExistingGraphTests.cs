using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Seeding.Tests;

/// <summary>Validating a later mutation against what a real store holds, after the seed is loaded.</summary>
public sealed class ExistingGraphTests : IDisposable
{
    private readonly TemporarySqliteStore _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ForChangesAsync_resolves_references_to_stored_entities_and_sources()
    {
        using var seed = TemporarySeed.Valid();
        var store = await _database.OpenAsync();
        await SeedLoader.LoadIfEmptyAsync(store, seed.Directory);
        var changes = new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(new Entity { Key = "altynkol", Kind = EntityKind.Region, Name = "Altynkol", SourceKeys = ["article"] })],
            UpsertRelationships =
            [
                new Relationship { Key = "hub-in-altynkol", Type = RelationshipTypes.LocatedIn, FromKey = "khorgos-eastern-gate", ToKey = "altynkol", SourceKeys = ["article"] },
                new Relationship { Key = "bad", Type = RelationshipTypes.LocatedIn, FromKey = "khorgos", ToKey = "belt-and-road-initiative", SourceKeys = ["missing"] },
            ],
        };

        var existing = await ExistingGraph.ForChangesAsync(store, changes);
        var errors = GraphChangeValidator.Validate(changes, existing);

        Assert.Equal(EntityKind.Project, existing.FindEntityKind("khorgos-eastern-gate"));
        Assert.True(existing.HasSource("article"));
        Assert.Equal(
            [("relationships[1].type", ValidationCodes.RelationshipNotAllowed), ("relationships[1].sources[0]", ValidationCodes.UnknownSource)],
            errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public async Task ForChangesAsync_finds_nothing_in_an_empty_store()
    {
        var store = await _database.OpenAsync();
        var changes = new GraphChangeSet
        {
            UpsertRelationships = [new Relationship { Key = "r", Type = RelationshipTypes.PartOf, FromKey = "a", ToKey = "b", SourceKeys = ["s"] }],
        };

        var existing = await ExistingGraph.ForChangesAsync(store, changes);

        Assert.Null(existing.FindEntityKind("a"));
        Assert.False(existing.HasSource("s"));
        Assert.Equal(3, GraphChangeValidator.Validate(changes, existing).Count);
    }
}
