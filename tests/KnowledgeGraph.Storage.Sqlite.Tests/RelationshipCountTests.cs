using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The counts of relationships per cited source and per type stay exactly what the relationships' own rows say, through
/// every way a relationship comes, changes (its sources, its type) and goes, and through change sets that are refused
/// and rolled back.
/// </summary>
public sealed class RelationshipCountTests : IDisposable
{
    private const int Entities = 6;
    private const int Sources = 6;
    private const int RelationshipKeys = 12;
    private const int ChangeSets = 60;

    private readonly TemporaryDatabase _database = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Random_creates_updates_and_deletes_keep_the_counts_equal_to_a_recount(int seed)
    {
        var store = await _database.CreateInitializedStoreAsync();
        var random = new Random(seed);
        var (applied, refused, sourcesDeleted, typesChanged) = (0, 0, 0, 0);
        var types = new Dictionary<string, string>();

        for (var step = 0; step < ChangeSets; step++)
        {
            var changes = RandomChangeSet(random);
            try
            {
                sourcesDeleted += (await store.ApplyAsync(changes)).SourcesDeleted;
                applied++;
            }
            catch (ValidationException e)
            {
                Assert.All(e.Errors, error => Assert.Equal(ValidationCodes.SourceInUse, error.Code));
                refused++;
            }

            await using var connection = await _database.Connections.OpenAsync();
            Assert.Equal(await RelationshipCounts.RecountCitationsAsync(connection), await RelationshipCounts.StoredCitationsAsync(connection));
            Assert.Equal(await RelationshipCounts.RecountTypesAsync(connection), await RelationshipCounts.StoredTypesAsync(connection));
            Assert.Equal(await RelationshipCounts.RecountTypesAsync(connection), RelationshipCounts.Reported(await store.GetStatisticsAsync()));

            var stored = (await store.GetRelationshipsByKeyAsync(Enumerable.Range(0, RelationshipKeys).Select(i => $"r{i}").ToList()))
                .ToDictionary(r => r.Key, r => r.Type);
            typesChanged += stored.Count(r => types.TryGetValue(r.Key, out var before) && before != r.Value);
            types = stored;
        }

        // The sequence reached every path: sets applied, sets refused for a source still cited, sources freed and
        // deleted, relationships rewritten with another type.
        Assert.True(applied > 0 && refused > 0 && sourcesDeleted > 0 && typesChanged > 0,
            $"applied {applied}, refused {refused}, sources deleted {sourcesDeleted}, types changed {typesChanged}");
    }

    [Fact]
    public async Task A_relationship_citing_a_source_twice_is_refused_and_counts_nothing()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph([Entity("a"), Entity("b")], [Relationship("r1", RelationshipTypes.PartnerOf, "a", "b")]));

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r2", RelationshipTypes.PartnerOf, "b", "a", sourceKeys: [DefaultSourceKey, DefaultSourceKey])],
        }));

        Assert.Equal((ValidationCodes.DuplicateValue, "upsertRelationships[0].sources[1]"), (Assert.Single(error.Errors).Code, error.Errors[0].Path));
        await using var connection = await _database.Connections.OpenAsync();
        Assert.Equal([(DefaultSourceKey, 1L)], await RelationshipCounts.StoredCitationsAsync(connection));
    }

    [Theory]
    [InlineData(RelationshipCitationsTable.Name)]
    [InlineData(RelationshipTypeCountsTable.Name)]
    public async Task A_count_that_drifted_from_the_rows_stops_the_write_instead_of_going_below_zero(string counts)
    {
        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph([Entity("a"), Entity("b")], [Relationship("r1", RelationshipTypes.PartnerOf, "a", "b")]));
        await using (var connection = await _database.Connections.OpenAsync())
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"DELETE FROM {counts}";
            await command.ExecuteNonQueryAsync();
        }

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r1"] }));

        Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"]));
    }

    public void Dispose() => _database.Dispose();

    /// <summary>
    /// Every entity and source upserted (bringing back any an earlier set deleted; an unchanged one writes nothing),
    /// then a few relationships upserted with random types, ends and sources, a few deleted, now and then an entity deleted
    /// with its relationships, and now and then a source deleted, which is refused while something still cites it.
    /// </summary>
    private static GraphChangeSet RandomChangeSet(Random random)
    {
        var sources = Enumerable.Range(0, Sources).Select(i => $"s{i}").ToArray();
        return new GraphChangeSet
        {
            UpsertSources = [Source(), .. sources.Select(key => Source(key))],
            UpsertEntities = Enumerable.Range(0, Entities).Select(i => new EntityUpsert(Entity($"e{i}", EntityKind.Company))).ToList(),
            UpsertRelationships = Enumerable.Range(0, random.Next(4))
                .Select(_ => Relationship(
                    $"r{random.Next(RelationshipKeys)}", RelationshipCounts.BetweenCompanies[random.Next(RelationshipCounts.BetweenCompanies.Length)], $"e{random.Next(Entities)}", $"e{random.Next(Entities)}",
                    sourceKeys: random.GetItems(sources, random.Next(1, 4)).Distinct().ToList()))
                .DistinctBy(r => r.Key)
                .ToList(),
            DeleteRelationshipKeys = Enumerable.Range(0, random.Next(3)).Select(_ => $"r{random.Next(RelationshipKeys)}").Distinct().ToList(),
            DeleteEntityKeys = random.Next(5) == 0 ? [$"e{random.Next(Entities)}"] : [],
            DeleteSourceKeys = random.Next(2) == 0 ? [sources[random.Next(Sources)]] : [],
        };
    }
}
