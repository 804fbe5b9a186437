using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.Schema;
using KnowledgeGraph.Storage.Sqlite.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;
using static KnowledgeGraph.Conformance.TestImports;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>
/// The bulk path of an import: into an empty store it leaves the entities' citation table to be filled from the rows'
/// source keys before the commit and counts the relationships' citations and types as it goes, and what it leaves behind must be
/// what the row-by-row path leaves; it writes without the
/// engine's foreign-key enforcement, so its own reference checks and the upserts-only rule are what keep the graph whole.
/// </summary>
public sealed class BulkImportTests : IDisposable
{
    /// <summary>Entities and as many relationships: together past the size from which the bulk path defers.</summary>
    private const int Count = (int)(DeferredIndexes.MinimumRecords / 2) + 10;

    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task A_bulk_import_leaves_the_citation_tables_and_counts_as_the_rows_cite_their_last_written_sources()
    {
        var store = await _database.CreateInitializedStoreAsync();
        var part = BulkPart();

        await using (var session = await store.BeginImportAsync(new GraphImport(null, 2 * Count + 4)))
        {
            await session.WriteAsync(part);

            // A later part changes what an entity and a relationship cite, and the relationship's type: the final rows
            // count, not the first ones.
            await session.WriteAsync(new GraphChangeSet
            {
                UpsertEntities = [new EntityUpsert(Entity("e-3", EntityKind.Company, sourceKeys: ["s-2"]))],
                UpsertRelationships = [Relationship("r-3", RelationshipTypes.OwnedBy, "e-3", "e-4", sourceKeys: ["s-1"])],
            });
            await session.CommitAsync();
        }

        Assert.Equal(await CitedAsync("entities"), await CitationRowsAsync("entity_sources", "entity_key"));
        Assert.Equal([("e-3", "s-2")], (await CitationRowsAsync("entity_sources", "entity_key")).Where(row => row.Owner == "e-3"));
        await using (var connection = await _database.Connections.OpenAsync())
        {
            var counts = await RelationshipCounts.StoredCitationsAsync(connection);
            Assert.Equal(await RelationshipCounts.RecountCitationsAsync(connection), counts);

            // Every citation the part made, less the one r-3 dropped when the later part re-cited it.
            Assert.Equal(part.UpsertRelationships.Sum(r => r.SourceKeys.Count) - 1, counts.Sum(c => c.Relationships));

            // r-3 moved from the first type to the second; the statistics say what a recount of the rows says.
            var types = await RelationshipCounts.StoredTypesAsync(connection);
            Assert.Equal(await RelationshipCounts.RecountTypesAsync(connection), types);
            var written = part.UpsertRelationships.Select(r => r.Key == "r-3" ? RelationshipTypes.OwnedBy : r.Type);
            Assert.Equal(written.CountBy(type => type).Select(t => (t.Key, (long)t.Value)).OrderBy(t => t.Key, StringComparer.Ordinal), types);
            Assert.Equal(types, RelationshipCounts.Reported(await store.GetStatisticsAsync()));
        }

        var refused = await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["s-2"] }));
        Assert.Equal(ValidationCodes.SourceInUse, Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task An_import_part_holding_deletions_is_refused_and_nothing_is_written()
    {
        var store = await _database.CreateInitializedStoreAsync();

        await using (var session = await store.BeginImportAsync(new GraphImport(null, 2 * Count + 4)))
        {
            await session.WriteAsync(BulkPart());
            await Assert.ThrowsAsync<ArgumentException>(() => session.WriteAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r-1"] }));
        }

        var statistics = await store.GetStatisticsAsync();
        Assert.Equal((0, 0, 0), (statistics.EntityCount, statistics.RelationshipCount, statistics.SourceCount));
    }

    [Fact]
    public async Task An_import_session_refuses_a_missing_endpoint_by_name_though_the_engine_does_not_enforce_references_during_it()
    {
        var store = await _database.CreateInitializedStoreAsync();
        var part = BulkPart();
        part = part with { UpsertRelationships = [.. part.UpsertRelationships, Relationship("r-dangling", RelationshipTypes.PartnerOf, "e-1", "e-missing", sourceKeys: ["s-1"])] };

        await using var session = await store.BeginImportAsync(new GraphImport(null, part.RecordCount));
        var refused = await Assert.ThrowsAsync<ValidationException>(() => session.WriteAsync(part));

        var missing = Assert.Single(refused.Errors);
        Assert.Equal((ValidationCodes.MissingEndpoint, $"upsertRelationships[{Count}].to"), (missing.Code, missing.Path));
    }

    [Fact]
    public async Task After_an_import_the_connections_enforce_references_again()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await ImportAsync(store, Graph([Entity("a"), Entity("b")]));

        await store.ApplyAsync(Graph([], [Relationship("r", RelationshipTypes.PartnerOf, "a", "b")]));
        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["a"] });

        Assert.Empty(await store.GetRelationshipsByKeyAsync(["r"]));
        await using var connection = await _database.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {RelationshipCitationsTable.Name}";
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Two sources; entities and relationships citing one, the other or both of them.</summary>
    private static GraphChangeSet BulkPart()
    {
        string[][] citing = [["s-1"], ["s-2", "s-1"], ["s-2"]];
        return new GraphChangeSet
        {
            UpsertSources = [Source("s-1"), Source("s-2")],
            UpsertEntities = Enumerable.Range(0, Count).Select(i => new EntityUpsert(Entity($"e-{i}", EntityKind.Company, sourceKeys: citing[i % 3]))).ToList(),
            UpsertRelationships = Enumerable.Range(0, Count)
                .Select(i => Relationship($"r-{i}", RelationshipCounts.BetweenCompanies[i % 3], $"e-{i}", $"e-{(i * 7 + 1) % Count}", sourceKeys: citing[(i + 1) % 3]))
                .ToList(),
        };
    }

    /// <summary>The (owner, source) pairs the rows' own source-key lists name, sorted.</summary>
    private Task<List<(string Owner, string Source)>> CitedAsync(string table) =>
        PairsAsync($"SELECT t.key, j.value FROM {table} t, json_each(t.source_keys) j ORDER BY 1, 2");

    private Task<List<(string Owner, string Source)>> CitationRowsAsync(string table, string ownerColumn) =>
        PairsAsync($"SELECT {ownerColumn}, source_key FROM {table} ORDER BY 1, 2");

    private async Task<List<(string Owner, string Source)>> PairsAsync(string sql)
    {
        await using var connection = await _database.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var pairs = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }
}
