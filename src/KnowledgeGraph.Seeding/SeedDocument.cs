using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Everything read from a seed directory, merged across files in path order, each record with its origin, plus the
/// problems met while reading (bad JSON, unknown fields, wrong JSON types). Domain rules are checked by
/// <see cref="SeedValidator"/>.
/// </summary>
public sealed record SeedDocument
{
    /// <summary>The seed directory, or the single seed file read, as an absolute path.</summary>
    public required string Directory { get; init; }

    /// <summary>The files read, as shown in messages (e.g. <c>seed/sources.json</c>), in reading order.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public IReadOnlyList<SeedRecord<Source>> Sources { get; init; } = [];

    public IReadOnlyList<SeedRecord<Entity>> Entities { get; init; } = [];

    public IReadOnlyList<SeedRecord<Relationship>> Relationships { get; init; } = [];

    /// <summary>The source statements mapped to the records that hold them (<c>statements</c> arrays).</summary>
    public IReadOnlyList<SeedRecord<SeedStatement>> Statements { get; init; } = [];

    /// <summary>The archived texts of the sources that name one, each with the origin of its source.</summary>
    public IReadOnlyList<SeedRecord<SeedArchive>> Archives { get; init; } = [];

    public IReadOnlyList<ValidationError> ReadErrors { get; init; } = [];

    /// <summary>The seed as one change set, records in reading order.</summary>
    public GraphChangeSet ToChangeSet(ChangeAuthor? author = null) => new()
    {
        UpsertSources = Sources.Select(s => s.Value).ToList(),
        UpsertEntities = Entities.Select(e => new EntityUpsert(e.Value)).ToList(),
        UpsertRelationships = Relationships.Select(r => r.Value).ToList(),
        Author = author,
    };
}
