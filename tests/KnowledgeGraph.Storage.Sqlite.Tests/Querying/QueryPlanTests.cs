using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Sqlite.History;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using KnowledgeGraph.Storage.Sqlite.Querying;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests.Querying;

/// <summary>The statements the store issues read through the indexes meant for them (checked with EXPLAIN QUERY PLAN).</summary>
public sealed class QueryPlanTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Theory]
    [InlineData(RelationshipDirection.Both, "ix_relationships_from_type,ix_relationships_to_type")]
    [InlineData(RelationshipDirection.Outgoing, "ix_relationships_from_type")]
    [InlineData(RelationshipDirection.Incoming, "ix_relationships_to_type")]
    public async Task Relationship_reads_search_the_adjacency_indexes_and_find_neighbours_by_key(RelationshipDirection direction, string indexes)
    {
        var (sql, parameters) = RelationshipQueryTranslator.Translate(new RelationshipQuery
        {
            Direction = direction,
            Types = new HashSet<string> { RelationshipTypes.LocatedIn },
        })!.Value;

        var plan = await ExplainAsync(sql, parameters, (RelationshipQueryTranslator.AnchorsParameter, "[\"a\",\"b\"]"));

        foreach (var index in indexes.Split(','))
        {
            Assert.Contains(plan, line => line.StartsWith("SEARCH r USING INDEX " + index, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN r", StringComparison.Ordinal) || line.StartsWith("SCAN n", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.StartsWith("SEARCH n USING INDEX sqlite_autoindex_entities_1 (key=?)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EntityKind.Project, "ix_entities_kind_name_folded")]
    [InlineData(null, "ix_entities_name_folded")]
    public async Task Name_prefix_filters_search_an_index_of_folded_names(EntityKind? kind, string index)
    {
        var query = EntityQueryTranslator.Translate(new EntityQuery
        {
            Kind = kind,
            Filter = new FieldFilter("name", FilterOperator.StartsWith, PropertyValue.FromText("Khor")),
        });

        var plan = await ExplainAsync(query.Count, query.Parameters);

        Assert.Contains(plan, line => line.Contains("USING COVERING INDEX " + index, StringComparison.Ordinal)
            || line.Contains("USING INDEX " + index, StringComparison.Ordinal));
    }

    public static TheoryData<EntityKind?, EntityFilter, string> IndexedFilters => new()
    {
        { null, new FieldFilter("key", FilterOperator.Eq, PropertyValue.FromText("ktz")), "sqlite_autoindex_entities_1 (key=?)" },
        { null, new FieldFilter("key", FilterOperator.In, [PropertyValue.FromText("ktz"), PropertyValue.FromText("cnpc")]), "sqlite_autoindex_entities_1 (key=?)" },
        { null, new FieldFilter("kind", FilterOperator.Eq, PropertyValue.FromText("Company")), "(kind=?)" },
        { null, new FieldFilter("kind", FilterOperator.In, [PropertyValue.FromText("Company"), PropertyValue.FromText("Region")]), "(kind=?)" },
        { EntityKind.Project, new FieldFilter("name", FilterOperator.Eq, PropertyValue.FromText("Khorgos Gateway")), "ix_entities_kind_name (kind=? AND name=?)" },
    };

    [Theory]
    [MemberData(nameof(IndexedFilters))]
    public async Task Key_kind_and_name_equality_filters_search_an_index(EntityKind? kind, EntityFilter filter, string search)
    {
        var query = EntityQueryTranslator.Translate(new EntityQuery { Kind = kind, Filter = filter });

        var plan = await ExplainAsync(query.Count, query.Parameters);

        Assert.Contains(plan, line => line.StartsWith("SEARCH e USING", StringComparison.Ordinal) && line.Contains(search, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN e", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Default_listing_of_a_kind_reads_the_kind_name_index_in_order_without_sorting()
    {
        var query = EntityQueryTranslator.Translate(new EntityQuery { Kind = EntityKind.Project });

        var plan = await ExplainAsync(query.Page, query.Parameters, ("$take", 50));

        Assert.Contains(plan, line => line.Contains("ix_entities_kind_name_sort", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EntityKind.Project, "ix_entities_kind_name_sort (kind=? AND name_sort>?)")]
    [InlineData(null, "ix_entities_name_sort (name_sort>?)")]
    public async Task A_page_after_a_cursor_seeks_the_name_index_instead_of_scanning_from_the_start(EntityKind? kind, string seek)
    {
        var query = EntityQueryTranslator.Translate(new EntityQuery
        {
            Kind = kind,
            After = new SortPosition([PropertyValue.FromText("0000061")], "khorgos"),
        });

        var plan = await ExplainAsync(query.Page, query.Parameters, ("$take", 50));

        Assert.Contains(plan, line => line.Contains(seek, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Relationship_key_lookups_use_the_primary_key()
    {
        var plan = await ExplainAsync($"SELECT {RelationshipRows.Columns("r")} FROM relationships r WHERE r.key IN (SELECT value FROM json_each($keys))",
            new SqlParameters(), ("$keys", "[\"a\"]"));

        Assert.Contains(plan, line => line.StartsWith("SEARCH r USING INDEX sqlite_autoindex_relationships_1 (key=?)", StringComparison.Ordinal));
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_latest_bulk_import_is_found_through_its_partial_index_without_reading_other_change_sets()
    {
        var plan = await ExplainAsync(ImportedCreations.LastSequenceSql, new SqlParameters());

        Assert.Contains(plan, line => line.Contains($"{ChangeSetsTable.Name} USING INDEX {ChangeSetsTable.BulkIndex}", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains(ChangeSetsTable.Name, StringComparison.Ordinal) && !line.Contains(ChangeSetsTable.BulkIndex, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.StartsWith($"SCAN {ChangeLogTable.Name}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("= $key", null)]
    [InlineData("IN (SELECT value FROM json_each($keys))", ChangeSubjectKind.Entity)]
    [InlineData("IN (SELECT value FROM json_each($keys))", ChangeSubjectKind.Relationship)]
    public async Task A_history_read_finds_the_subjects_rows_and_imported_creations_by_key(string keyFilter, ChangeSubjectKind? kind)
    {
        var plan = await ExplainAsync($"SELECT COUNT(*) FROM {ImportedCreations.WithHistory(keyFilter, kind)}", new SqlParameters(),
            ("$key", "gateway"), ("$keys", "[\"gateway\"]"), ("$kind", kind?.ToString() ?? string.Empty));

        Assert.Contains(plan, line => line.StartsWith($"SEARCH {ChangeLogTable.Name} USING INDEX {ChangeLogTable.SubjectIndex} (subject_key=?)", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.StartsWith($"SEARCH h USING INDEX {ChangeLogTable.SubjectIndex} (subject_key=?)", StringComparison.Ordinal));
        foreach (var (table, wanted) in new[] { ("entities", kind != ChangeSubjectKind.Relationship), ("relationships", kind != ChangeSubjectKind.Entity) })
        {
            Assert.Equal(wanted, plan.Any(line => line.StartsWith("SEARCH x USING ", StringComparison.Ordinal) && line.Contains($"sqlite_autoindex_{table}_1 (key=?", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(plan, line => line.StartsWith("SCAN x", StringComparison.Ordinal) || line.StartsWith($"SCAN {ChangeLogTable.Name}", StringComparison.Ordinal) || line.StartsWith("SCAN h", StringComparison.Ordinal));
    }

    private async Task<List<string>> ExplainAsync(string sql, SqlParameters parameters, params (string Name, object Value)[] extra)
    {
        await _database.CreateInitializedStoreAsync();
        await using var connection = await _database.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        parameters.ApplyTo(command);
        foreach (var (name, value) in extra)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }
}
