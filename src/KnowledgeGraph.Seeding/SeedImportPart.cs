using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// One part of a seed import as <see cref="SeedStreamReader"/> streams it: at most the part size of records, each with
/// its origin, and the problems met reading them. It is checked and located exactly as a whole seed is for an import
/// (<see cref="SeedValidator.ValidateRecords"/>, <see cref="SeedValidator.Locate"/>), every record named by its
/// <see cref="SeedOrigin"/> (<c>seed/entities/x.json: entities[2] (key 'x')</c>).
/// </summary>
public sealed class SeedImportPart : IImportPart
{
    private readonly SeedDocument _document;

    internal SeedImportPart(string directory, SeedRecords records)
        : this(new SeedDocument
        {
            Directory = directory,
            Sources = records.Sources,
            Entities = records.Entities,
            Relationships = records.Relationships,
            ReadErrors = records.Errors,
        })
    {
    }

    /// <summary>A seed already read whole (<see cref="SeedReader"/>, such as the curated seed at start) as the one part of an import.</summary>
    public SeedImportPart(SeedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _document = document;
    }

    public IReadOnlyList<SeedRecord<Source>> Sources => _document.Sources;

    public IReadOnlyList<SeedRecord<Entity>> Entities => _document.Entities;

    public IReadOnlyList<SeedRecord<Relationship>> Relationships => _document.Relationships;

    public IReadOnlyList<ValidationError> ReadErrors => _document.ReadErrors;

    public int RecordCount => Sources.Count + Entities.Count + Relationships.Count;

    /// <summary>This part as the whole stream of an import.</summary>
    public IAsyncEnumerable<IImportPart> AsParts() => new IImportPart[] { this }.ToAsyncEnumerable();

    public GraphChangeSet ToChangeSet(ChangeAuthor? author = null) => _document.ToChangeSet(author);

    public IReadOnlyList<ValidationError> Validate(GraphChangeSet changes, IExistingGraph existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        return SeedValidator.ValidateRecords(_document, changes, existing);
    }

    public IReadOnlyList<ValidationError> Locate(IEnumerable<ValidationError> storeErrors) => SeedValidator.Locate(_document, storeErrors);

    /// <summary>
    /// The record's file, and its index in its array with the array folded in (<see cref="SeedPosition"/>), so that
    /// <see cref="Describe"/> can name it as <see cref="SeedOrigin"/> does without keeping the record.
    /// </summary>
    public ImportPosition Position(ChangeSetSection section, int index)
    {
        var origin = OriginOf(section, index);
        return SeedPosition.Of(origin.File, section, origin.Index);
    }

    public string KeyPath(ChangeSetSection section, int index) => OriginOf(section, index) + ".key";

    /// <summary><c>seed/entities/x.json: entities[2]</c>: the key is left out, since the message about it names it.</summary>
    public string Describe(ImportPosition position) => SeedPosition.Origin(position).ToString();

    private SeedOrigin OriginOf(ChangeSetSection section, int index) => section switch
    {
        ChangeSetSection.Sources => Sources[index].Origin,
        ChangeSetSection.Entities => Entities[index].Origin,
        ChangeSetSection.Relationships => Relationships[index].Origin,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "An import holds upserts only."),
    };
}
