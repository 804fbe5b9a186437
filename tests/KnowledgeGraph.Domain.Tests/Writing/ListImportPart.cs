using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Tests.Writing;

/// <summary>
/// A part of an import read from a file named <paramref name="file"/>: its records are numbered from 1 in the order
/// sources, entities, relationships, and a problem is located as <c>file#3</c>.
/// </summary>
internal sealed class ListImportPart(string file, GraphChangeSet changes, params ValidationError[] readErrors) : IImportPart
{
    public int RecordCount => (int)changes.RecordCount;

    public IReadOnlyList<ValidationError> ReadErrors => readErrors;

    public GraphChangeSet ToChangeSet(ChangeAuthor? author = null) => changes with { Author = author };

    public IReadOnlyList<ValidationError> Validate(GraphChangeSet checkedChanges, IExistingGraph existing) =>
        [.. readErrors, .. GraphChangeValidator.Validate(checkedChanges, existing, Origin)];

    public IReadOnlyList<ValidationError> Locate(IEnumerable<ValidationError> storeErrors) =>
        storeErrors.Select(e => e with { Path = ChangeSetPaths.Relocate(e.Path, Origin) }).ToList();

    public ImportPosition Position(ChangeSetSection section, int index) => new(file, Number(section, index));

    public string KeyPath(ChangeSetSection section, int index) => Origin(section, index) + ".key";

    public string Describe(ImportPosition position) => $"{position.File}#{position.Line}";

    private string Origin(ChangeSetSection section, int index) => Describe(Position(section, index));

    private int Number(ChangeSetSection section, int index) => 1 + index + section switch
    {
        ChangeSetSection.Sources => 0,
        ChangeSetSection.Entities => changes.UpsertSources.Count,
        _ => changes.UpsertSources.Count + changes.UpsertEntities.Count,
    };
}
