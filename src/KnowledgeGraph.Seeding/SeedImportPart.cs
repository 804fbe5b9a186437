using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// A whole <see cref="SeedDocument"/> as the one part of an import (<see cref="IImportPart"/>), checked and located as
/// <see cref="SeedValidator"/> checks and locates it: <c>seed/entities/x.json: entities[2] (key 'x').kind</c>. The
/// document is already in memory, so one part holds all of it; a streaming reader yields many parts of the same kind.
/// </summary>
public sealed class SeedImportPart(SeedDocument document) : IImportPart
{
    public int RecordCount => document.Sources.Count + document.Entities.Count + document.Relationships.Count;

    public IReadOnlyList<ValidationError> ReadErrors => document.ReadErrors;

    /// <summary>This part as the whole stream of an import.</summary>
    public IAsyncEnumerable<IImportPart> AsParts() => new IImportPart[] { this }.ToAsyncEnumerable();

    public GraphChangeSet ToChangeSet(ChangeAuthor? author = null) => document.ToChangeSet(author);

    public IReadOnlyList<ValidationError> Validate(IExistingGraph existing) => SeedValidator.ValidateRecords(document, existing);

    public IReadOnlyList<ValidationError> Locate(IEnumerable<ValidationError> storeErrors) => SeedValidator.Locate(document, storeErrors);

    public ImportPosition Position(ChangeSetSection section, int index)
    {
        var origin = OriginOf(section, index);
        return new ImportPosition($"{origin.File}: {origin.Section}", origin.Index);
    }

    public string KeyPath(ChangeSetSection section, int index) => $"{OriginOf(section, index)}.key";

    public string Describe(ImportPosition position) => $"{position.File}[{position.Line}]";

    private SeedOrigin OriginOf(ChangeSetSection section, int index) => section switch
    {
        ChangeSetSection.Sources => document.Sources[index].Origin,
        ChangeSetSection.Entities => document.Entities[index].Origin,
        ChangeSetSection.Relationships => document.Relationships[index].Origin,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "An import holds upserts only."),
    };
}
