namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// How many relationships there are of each type: a row exists only while at least one does (<see cref="Relationships"/>
/// &gt; 0). Kept by the writer in the transaction that changes the relationships, so the statistics read a handful of
/// rows instead of an index on <see cref="RelationshipsTable.Type"/> alone, which nothing else read and every
/// relationship write had to update.
/// </summary>
public static class RelationshipTypeCountsTable
{
    public const string Name = "relationship_type_counts";
    public const string Type = "type";

    /// <summary>The number of relationships whose <see cref="RelationshipsTable.Type"/> is the row's type.</summary>
    public const string Relationships = "relationships";
}
