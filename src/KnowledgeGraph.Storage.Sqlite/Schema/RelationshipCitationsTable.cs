namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// How many relationships cite each source: a row exists only while at least one does (<see cref="Relationships"/>
/// &gt; 0), and its foreign key keeps that source from being deleted. Relationships keep a count, not a row per
/// citation as entities do (<see cref="EntitySourcesTable"/>): nothing asks which relationships cite a source, only
/// whether any still does, and a row per citation was a fifth of a large store's file.
/// </summary>
public static class RelationshipCitationsTable
{
    public const string Name = "relationship_citations";
    public const string SourceKey = "source_key";

    /// <summary>The number of relationships whose <see cref="RelationshipsTable.SourceKeys"/> name the source.</summary>
    public const string Relationships = "relationships";
}
