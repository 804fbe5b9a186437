namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Table and column names of <c>change_log</c>: one row per recorded change of one subject, never updated or deleted,
/// and with no foreign keys so that a subject's history outlives it. Who, why and when are kept once per change set in
/// <see cref="ChangeSetsTable"/> (joined by <see cref="GraphVersion"/>). A creation stores no copy of the created state
/// (<see cref="After"/> and <see cref="ChangedFields"/> are null): that state is the <see cref="Before"/> of the
/// subject's next change, or its current row when nothing changed it since. The entities and relationships a bulk
/// import created have no creation row until their first change (see <c>ImportedCreations</c>). Indexed by (<see cref="SubjectKey"/>,
/// <see cref="Sequence"/>) for one subject's history, newest first (a key names one subject of each kind at most, so
/// the kind is checked on the row rather than repeated in every index entry).
/// </summary>
public static class ChangeLogTable
{
    public const string Name = "change_log";

    /// <summary>The change's store-wide number, assigned in the writing transaction.</summary>
    public const string Sequence = "sequence";

    public const string SubjectKind = "subject_kind";
    public const string SubjectKey = "subject_key";
    public const string EntityKind = "entity_kind";
    public const string Operation = "operation";

    /// <summary>The graph version the change set produced; the key of its <see cref="ChangeSetsTable"/> row.</summary>
    public const string GraphVersion = "graph_version";

    public const string Version = "version";

    /// <summary>JSON array of field names; null for a creation (every field that holds a value).</summary>
    public const string ChangedFields = "changed_fields";

    /// <summary>JSON object of the subject's state (see <c>ChangeSnapshotJson</c>), or null.</summary>
    public const string Before = "before";

    /// <summary>JSON object of the subject's state (see <c>ChangeSnapshotJson</c>); null for a deletion and a creation.</summary>
    public const string After = "after";

    public const string SubjectIndex = "ix_change_log_subject";

    /// <summary>Every column, in the order the writer inserts them and the history reads them.</summary>
    public const string Columns =
        $"{Sequence}, {SubjectKind}, {SubjectKey}, {EntityKind}, {Operation}, {GraphVersion}, {Version}, {ChangedFields}, {Before}, {After}";
}
