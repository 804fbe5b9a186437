using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// What <see cref="SeedRecordParser"/> read, in reading order: the records of one or more seed files and the problems met.
/// The whole-document reader fills one for every file; the streaming reader one per part.
/// </summary>
internal sealed class SeedRecords
{
    public List<SeedRecord<Source>> Sources { get; } = [];

    public List<SeedRecord<Entity>> Entities { get; } = [];

    public List<SeedRecord<Relationship>> Relationships { get; } = [];

    public List<SeedRecord<SeedStatement>> Statements { get; } = [];

    /// <summary>Sources that name an archive, with the path as written; the text is read later by <see cref="SeedReader"/>.</summary>
    public List<SeedRecord<SeedArchive>> Archives { get; } = [];

    public List<ValidationError> Errors { get; } = [];

    /// <summary>The records that make up a change set: sources, entities and relationships.</summary>
    public int RecordCount => Sources.Count + Entities.Count + Relationships.Count;
}
