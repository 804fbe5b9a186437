using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Importing;

/// <summary>
/// One part of an import as a reader streams it from its files (CSV, seed JSON): its records, the problems met while
/// reading them, and where each record came from, so that every problem is reported as the files name it.
/// </summary>
public interface IImportPart
{
    int RecordCount { get; }

    /// <summary>Problems met while reading (syntax, columns, values that could not be read).</summary>
    IReadOnlyList<ValidationError> ReadErrors { get; }

    /// <summary>The part's records as upserts, in the order they were read.</summary>
    GraphChangeSet ToChangeSet(ChangeAuthor? author = null);

    /// <summary>
    /// <see cref="ReadErrors"/>, then the domain rules (<see cref="GraphChangeValidator"/>) of <paramref name="changes"/>
    /// — this part's <see cref="ToChangeSet"/>, which the caller has built already and writes as checked — with
    /// references the part does not satisfy resolved against <paramref name="existing"/>, each located as the files
    /// name the record.
    /// </summary>
    IReadOnlyList<ValidationError> Validate(GraphChangeSet changes, IExistingGraph existing);

    /// <summary>Problems a store reported with change-set paths (<c>upsertEntities[3].kind</c>), located as <see cref="Validate"/> locates its own.</summary>
    IReadOnlyList<ValidationError> Locate(IEnumerable<ValidationError> storeErrors);

    /// <summary>Where record <paramref name="index"/> of <paramref name="section"/> was read.</summary>
    ImportPosition Position(ChangeSetSection section, int index);

    /// <summary>The path of that record's key, for a problem with the key itself.</summary>
    string KeyPath(ChangeSetSection section, int index);

    /// <summary>A position of this import, possibly of an earlier part, as messages name it.</summary>
    string Describe(ImportPosition position);
}
