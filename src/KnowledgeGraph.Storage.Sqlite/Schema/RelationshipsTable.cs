namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Table and column names of <c>relationships</c>. Indexed by (<see cref="FromKey"/>, <see cref="Type"/>) and
/// (<see cref="ToKey"/>, <see cref="Type"/>) for adjacency reads; both ends reference <c>entities(key)</c> with
/// cascading deletes.
/// </summary>
public static class RelationshipsTable
{
    public const string Name = "relationships";
    public const string Key = "key";

    /// <summary>The relationship type's name (counted per type in <see cref="RelationshipTypeCountsTable"/>).</summary>
    public const string Type = "type";

    public const string FromKey = "from_key";
    public const string ToKey = "to_key";
    public const string Role = "role";
    public const string SinceYear = "since_year";
    public const string UntilYear = "until_year";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string Note = "note";

    /// <summary>The <see cref="Domain.Relationships.Confidence"/> name.</summary>
    public const string Confidence = "confidence";

    /// <summary>JSON array of the cited source keys, in the order given (counted per source in <see cref="RelationshipCitationsTable"/>).</summary>
    public const string SourceKeys = "source_keys";

    /// <summary>JSON array of the citations (<see cref="Storage.Common.CitationJson"/>), in the order given.</summary>
    public const string Citations = "citations";

    public const string FromIndex = "ix_relationships_from_type";
    public const string ToIndex = "ix_relationships_to_type";
}
