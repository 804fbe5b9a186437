using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Sqlite.Schema;

namespace KnowledgeGraph.Storage.Sqlite.History;

/// <summary>
/// The creations a bulk import left out of <c>change_log</c>. An import into an empty store writes no row for the
/// entities and relationships it creates: its <see cref="ChangeSetsTable"/> row is their one change record, and it
/// reserved one sequence number per row id. Every other write records its changes, and a change of a record such an
/// import created first writes that record's creation row (<see cref="CreationRowSql"/>). A bulk import only happens
/// into an empty store, so a live entity or relationship with nothing in its history since its last deletion (or
/// nothing at all) was created by the <em>latest</em> bulk import, and has kept the row id it got there: its creation
/// is read as the row it would have written (<see cref="WithHistory"/>), and is written as that same row when it is
/// first changed.
/// </summary>
public static class ImportedCreations
{
    private static readonly string Latest =
        $"(SELECT {ChangeSetsTable.GraphVersion}, {ChangeSetsTable.BulkFirstSequence}, {ChangeSetsTable.BulkEntities}, {ChangeSetsTable.BulkRelationships} " +
        $"FROM {ChangeSetsTable.Name} WHERE {ChangeSetsTable.BulkFirstSequence} IS NOT NULL ORDER BY {ChangeSetsTable.GraphVersion} DESC LIMIT 1)";

    /// <summary>Whether the store holds nothing: an import into it is a bulk creation.</summary>
    public static readonly string EmptyStoreSql =
        $"SELECT NOT EXISTS (SELECT 1 FROM {EntitiesTable.Name}) AND NOT EXISTS (SELECT 1 FROM {RelationshipsTable.Name}) " +
        $"AND NOT EXISTS (SELECT 1 FROM {SourcesTable.Name})";

    /// <summary>Whether any change set is a bulk creation; until one is, no change needs a creation row written first.</summary>
    public static readonly string AnySql =
        $"SELECT EXISTS (SELECT 1 FROM {ChangeSetsTable.Name} WHERE {ChangeSetsTable.BulkFirstSequence} IS NOT NULL)";

    /// <summary>
    /// The last sequence number in use: the newest change row's, or the last one the latest bulk import reserved when
    /// nothing was recorded after it.
    /// </summary>
    public static readonly string LastSequenceSql =
        $"SELECT MAX((SELECT COALESCE(MAX({ChangeLogTable.Sequence}), 0) FROM {ChangeLogTable.Name}), " +
        $"COALESCE((SELECT b.{ChangeSetsTable.BulkFirstSequence} + b.{ChangeSetsTable.BulkEntities} + b.{ChangeSetsTable.BulkRelationships} - 1 FROM {Latest} b), 0))";

    /// <summary>The first graph version after <c>$from</c>, up to <c>$to</c>, that a bulk import produced; null when none did.</summary>
    public static readonly string BulkBetweenSql =
        $"SELECT MIN({ChangeSetsTable.GraphVersion}) FROM {ChangeSetsTable.Name} WHERE {ChangeSetsTable.BulkFirstSequence} IS NOT NULL " +
        $"AND {ChangeSetsTable.GraphVersion} > $from AND {ChangeSetsTable.GraphVersion} <= $to";

    /// <summary>The row ids a bulk import's entities and relationships hold: 1 to the largest, as the tables started empty.</summary>
    public static readonly string EntityRowsSql = $"SELECT COALESCE(MAX({EntitiesTable.Id}), 0) FROM {EntitiesTable.Name}";

    public static readonly string RelationshipRowsSql = $"SELECT COALESCE(MAX(rowid), 0) FROM {RelationshipsTable.Name}";

    /// <summary>
    /// Writes the creation row of the subject <c>$key</c> of <paramref name="kind"/> when the latest bulk import
    /// created it and nothing was recorded of it since, so that the change about to be recorded follows it; the row
    /// is the one <see cref="WithHistory"/> reads for it now. An entity's version is bound as <c>$version</c>: its
    /// version before the change (the row may already hold the new one).
    /// </summary>
    public static string CreationRowSql(ChangeSubjectKind kind) =>
        $"INSERT INTO {ChangeLogTable.Name} ({ChangeLogTable.Columns}) " + Creations(kind, "= $key", kind == ChangeSubjectKind.Entity ? "$version" : "NULL");

    /// <summary>
    /// A row source shaped like <c>change_log</c>: the rows of the subjects whose key matches <paramref name="keyFilter"/>
    /// (e.g. <c>= $key</c>; of kind <c>$kind</c> when <paramref name="kind"/> is given), with the creations the latest
    /// bulk import did not write among them.
    /// </summary>
    public static string WithHistory(string keyFilter, ChangeSubjectKind? kind)
    {
        var sql = $"(SELECT {ChangeLogTable.Columns} FROM {ChangeLogTable.Name} WHERE {ChangeLogTable.SubjectKey} {keyFilter}" +
            (kind is null ? string.Empty : $" AND {ChangeLogTable.SubjectKind} = $kind");
        foreach (var imported in (ChangeSubjectKind[])[ChangeSubjectKind.Entity, ChangeSubjectKind.Relationship])
        {
            if (kind is null || kind == imported)
            {
                sql += " UNION ALL " + Creations(imported, keyFilter, imported == ChangeSubjectKind.Entity ? $"x.{EntitiesTable.Version}" : "NULL");
            }
        }

        return sql + ")";
    }

    /// <summary>
    /// The creation rows of the subjects of <paramref name="kind"/> matching <paramref name="keyFilter"/> that the
    /// latest bulk import created and that have no change recorded since their last deletion.
    /// </summary>
    private static string Creations(ChangeSubjectKind kind, string keyFilter, string version)
    {
        var (table, rowId, rows, offset, entityKind) = kind == ChangeSubjectKind.Entity
            ? (EntitiesTable.Name, $"x.{EntitiesTable.Id}", ChangeSetsTable.BulkEntities, "0", $"x.{EntitiesTable.Kind}")
            : (RelationshipsTable.Name, "x.rowid", ChangeSetsTable.BulkRelationships, $"b.{ChangeSetsTable.BulkEntities}", "NULL");
        return $"SELECT b.{ChangeSetsTable.BulkFirstSequence} + {offset} + {rowId} - 1, '{kind}', x.key, {entityKind}, " +
            $"'{nameof(ChangeOperation.Created)}', b.{ChangeSetsTable.GraphVersion}, {version}, NULL, NULL, NULL " +
            $"FROM {Latest} b JOIN {table} x ON {rowId} <= b.{rows} WHERE x.key {keyFilter} " +
            $"AND COALESCE((SELECT h.{ChangeLogTable.Operation} FROM {ChangeLogTable.Name} h WHERE h.{ChangeLogTable.SubjectKey} = x.key " +
            $"AND h.{ChangeLogTable.SubjectKind} = '{kind}' ORDER BY h.{ChangeLogTable.Sequence} DESC LIMIT 1), " +
            $"'{nameof(ChangeOperation.Deleted)}') = '{nameof(ChangeOperation.Deleted)}'";
    }
}
