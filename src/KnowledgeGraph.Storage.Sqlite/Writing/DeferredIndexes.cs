using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The secondary indexes and the full-text triggers of the graph's tables, dropped for a large import into an empty
/// store and built again before it commits: one sort per index and one <c>INSERT … SELECT</c> into the full-text
/// index cost far less than updating every index row by row. The entities' citation table (<c>entity_sources</c>) is
/// left empty as well (the writer skips it while indexes are deferred) and filled from the rows' <c>source_keys</c> in
/// key order, in one statement, instead of one random B-tree insert and its foreign-key lookups per record; the
/// relationships' counts per cited source and per type need no deferring, as the writer gathers them in memory (<see cref="KeyCounts"/>).
/// Everything happens inside the import's transaction, so a rollback (or a killed process) restores it with the rest.
/// The definitions are read from the schema itself, so they stay those the migrations created.
/// </summary>
internal sealed class DeferredIndexes
{
    /// <summary>Imports of fewer records keep their indexes: rebuilding would cost more than it saves.</summary>
    public const long MinimumRecords = 50_000;

    /// <summary>
    /// Whether an import of <paramref name="recordCount"/> records defers the indexes: a large one, into an empty store
    /// (<paramref name="storeIsEmpty"/> is asked only for a large one).
    /// </summary>
    public static bool AreDeferred(long recordCount, Func<bool> storeIsEmpty) => recordCount >= MinimumRecords && storeIsEmpty();

    private static readonly string[] Tables =
    [
        // Not change_log: an import into an empty store writes a row per source only (ImportedCreations), and
        // rebuilding its index would sort the whole earlier history for those.
        EntitiesTable.Name, RelationshipsTable.Name, EntitySourcesTable.Name,
    ];

    /// <summary>Fills the full-text index from every entity in one statement (also what the peer benchmark's SQLite floor runs).</summary>
    internal static readonly string FillSearchSql =
        $"INSERT INTO {EntitySearchTable.Name} (rowid, {EntitySearchTable.EntityName}, {EntitySearchTable.Aliases}, {EntitySearchTable.Description}) " +
        $"SELECT e.{EntitiesTable.Id}, e.{EntitiesTable.EntityName}, (SELECT group_concat(value, ' ') FROM json_each(e.{EntitiesTable.Aliases})), " +
        $"e.{EntitiesTable.Description} FROM {EntitiesTable.Name} e";

    // Rows go in sorted (the table scanned whole, then one sort), so each WITHOUT ROWID insert appends, and the
    // foreign-key lookups of consecutive rows hit the same pages.
    private static readonly string FillCitationsSql =
        $"INSERT INTO {EntitySourcesTable.Name} ({EntitySourcesTable.EntityKey}, {EntitySourcesTable.SourceKey}) " +
        $"SELECT e.{EntitiesTable.Key}, j.value FROM {EntitiesTable.Name} e NOT INDEXED, json_each(e.{EntitiesTable.SourceKeys}) j " +
        $"ORDER BY e.{EntitiesTable.Key}, j.value";

    private readonly List<string> _indexes;
    private readonly List<string> _triggers;

    private DeferredIndexes(List<string> indexes, List<string> triggers)
    {
        _indexes = indexes;
        _triggers = triggers;
    }

    /// <summary>Drops the indexes and the full-text triggers of an empty store; call <see cref="Restore"/> before committing.</summary>
    public static DeferredIndexes Drop(SqliteConnection connection, SqliteTransaction transaction)
    {
        var tables = string.Join(", ", Tables.Select(t => $"'{t}'"));
        var indexes = Definitions(connection, transaction, $"type = 'index' AND sql IS NOT NULL AND tbl_name IN ({tables})");
        var triggers = Definitions(connection, transaction, $"type = 'trigger' AND tbl_name = '{EntitiesTable.Name}'");

        // Names come from the schema itself, quoted as identifiers.
        Run(connection, transaction, indexes.Select(i => $"DROP INDEX \"{i.Name}\"").Concat(triggers.Select(t => $"DROP TRIGGER \"{t.Name}\"")));
        return new DeferredIndexes(indexes.Select(i => i.Sql).ToList(), triggers.Select(t => t.Sql).ToList());
    }

    /// <summary>
    /// Fills the entities' citation table, builds the indexes again, fills the full-text index from the imported entities and
    /// restores its triggers.
    /// </summary>
    public void Restore(SqliteConnection connection, SqliteTransaction transaction, IProgress<GraphWriteProgress>? progress, CancellationToken cancellationToken)
    {
        var steps = _indexes.Prepend(FillCitationsSql).Append(FillSearchSql).Concat(_triggers).ToList();
        for (var i = 0; i < steps.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new GraphWriteProgress(GraphWriteStage.Indexes, i, steps.Count));
            Run(connection, transaction, [steps[i]]);
        }

        progress?.Report(new GraphWriteProgress(GraphWriteStage.Indexes, steps.Count, steps.Count));
    }

    private static List<(string Name, string Sql)> Definitions(SqliteConnection connection, SqliteTransaction transaction, string where)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE {where} ORDER BY name";
        using var reader = command.ExecuteReader();
        var definitions = new List<(string, string)>();
        while (reader.Read())
        {
            definitions.Add((reader.GetString(0), reader.GetString(1)));
        }

        return definitions;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<string> statements)
    {
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }
    }
}
