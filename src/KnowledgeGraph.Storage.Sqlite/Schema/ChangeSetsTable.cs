namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Table and column names of <c>change_sets</c>: one row per change set that changed the graph, keyed by the graph
/// version it produced, holding who made it, why and when — once, however many records it changed.
/// An import into an empty store (a bulk creation) writes no <c>change_log</c> row for the entities and relationships
/// it creates: its row here is their one change record (<see cref="BulkFirstSequence"/> set), and it reserves one
/// sequence number per created record, so that each creation keeps the number it would have had as a row
/// (see <c>ImportedCreations</c>).
/// </summary>
public static class ChangeSetsTable
{
    public const string Name = "change_sets";
    public const string GraphVersion = "graph_version";
    public const string Author = "author";
    public const string Comment = "comment";

    /// <summary>UTC time as ISO 8601 round-trip text.</summary>
    public const string At = "at";

    /// <summary>
    /// Of a bulk creation (null otherwise): the sequence of the creation of the entity with row id 1; the entity with
    /// row id <c>n</c> was created as <c>BulkFirstSequence + n − 1</c>, and the relationships follow the entities.
    /// </summary>
    public const string BulkFirstSequence = "bulk_first_sequence";

    /// <summary>
    /// Of a bulk creation: the entities it created hold row ids 1 to this (the table was empty), so this is the number
    /// of entities it created (less any the import itself deleted).
    /// </summary>
    public const string BulkEntities = "bulk_entities";

    /// <summary>Of a bulk creation: the relationships it created hold row ids 1 to this, as <see cref="BulkEntities"/>.</summary>
    public const string BulkRelationships = "bulk_relationships";

    /// <summary>Partial index of the bulk creations by graph version: the latest is found without reading the others.</summary>
    public const string BulkIndex = "ix_change_sets_bulk";
}
