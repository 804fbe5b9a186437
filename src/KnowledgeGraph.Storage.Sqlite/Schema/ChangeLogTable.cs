namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Table and column names of <c>change_log</c>: one row per recorded change, never updated or deleted, and with no
/// foreign keys so that a subject's history outlives it. Indexed by (<see cref="SubjectKey"/>,
/// <see cref="SubjectKind"/>, <see cref="Sequence"/>) for one subject's history, newest first.
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
    public const string Author = "author";
    public const string Comment = "comment";

    /// <summary>UTC time as ISO 8601 round-trip text.</summary>
    public const string At = "at";

    public const string GraphVersion = "graph_version";
    public const string Version = "version";

    /// <summary>JSON array of field names.</summary>
    public const string ChangedFields = "changed_fields";

    /// <summary>JSON object of the subject's state (see <c>ChangeSnapshotJson</c>), or null.</summary>
    public const string Before = "before";

    /// <summary>JSON object of the subject's state (see <c>ChangeSnapshotJson</c>), or null.</summary>
    public const string After = "after";
}
