using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Seeding.Provenance;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Checks a <see cref="SeedDocument"/>: the problems met while reading, then the domain rules of
/// <see cref="GraphChangeValidator"/>, the seed's source rules (<see cref="SourceRules"/>) and the rules of archived
/// sources and statements (<see cref="ProvenanceRules"/>), with every error located by file and record, e.g.
/// <c>seed/relationships/energy.json: relationships[2] (key '…').type: Unknown relationship type 'CONECTS' …</c>.
/// </summary>
public static class SeedValidator
{
    /// <summary>
    /// Every problem of the seed, as the <c>validate</c> command reports them: <see cref="ValidateRecords"/>, then the
    /// curation rules of sources (<see cref="SourceRules"/>) and of archived sources and statements
    /// (<see cref="ProvenanceRules"/>). <paramref name="existing"/> is what the seed may refer to outside itself; by
    /// default nothing, so that a seed is complete on its own.
    /// </summary>
    public static IReadOnlyList<ValidationError> Validate(SeedDocument document, IExistingGraph? existing = null)
    {
        var seen = new HashSet<(string Path, string Code)>();
        return ValidateRecords(document, existing)
            .Concat(SourceRules.Validate(document))
            .Concat(ProvenanceRules.Validate(document))
            .Where(e => seen.Add((e.Path, e.Code)))
            .ToList();
    }

    /// <summary>
    /// The problems that keep the seed from being written: those met while reading, then the domain rules every write
    /// obeys (<see cref="GraphChangeValidator"/>). Loading, importing and <c>stats</c> check these; the curation rules
    /// of <see cref="Validate"/> are for review, so that a weak source never keeps the service from starting.
    /// </summary>
    public static IReadOnlyList<ValidationError> ValidateRecords(SeedDocument document, IExistingGraph? existing = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ValidateRecords(document, document.ToChangeSet(), existing ?? ExistingGraph.Empty);
    }

    /// <summary>As <see cref="ValidateRecords(SeedDocument, IExistingGraph?)"/>, with the document's change set already built.</summary>
    internal static IReadOnlyList<ValidationError> ValidateRecords(SeedDocument document, GraphChangeSet changes, IExistingGraph existing)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var domainErrors = GraphChangeValidator.Validate(
            changes,
            existing,
            (section, index) => Origin(document, section, index));

        // The reader already reported values it could not read (unknown kinds, bad confidences): keep its wording.
        var seen = new HashSet<(string Path, string Code)>();
        return document.ReadErrors.Concat(domainErrors).Where(e => seen.Add((e.Path, e.Code))).ToList();
    }

    /// <summary>Throws <see cref="ValidationException"/> listing every problem of <see cref="Validate"/>.</summary>
    public static void EnsureValid(SeedDocument document, IExistingGraph? existing = null) =>
        ThrowIfAny(Validate(document, existing));

    /// <summary>
    /// The problems a store reported for <paramref name="document"/>'s change set (<c>upsertEntities[3].kind</c>), each
    /// located by file and record like the validator's own (<c>seed/entities/x.json: entities[2] (key 'x').kind</c>).
    /// </summary>
    public static IReadOnlyList<ValidationError> Locate(SeedDocument document, IEnumerable<ValidationError> storeErrors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(storeErrors);
        return storeErrors.Select(e => e with { Path = ChangeSetPaths.Relocate(e.Path, (section, index) => Origin(document, section, index)) }).ToList();
    }

    private static void ThrowIfAny(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    private static string Origin(SeedDocument document, ChangeSetSection section, int index) => section switch
    {
        ChangeSetSection.Sources => document.Sources[index].Origin.ToString(),
        ChangeSetSection.Entities => document.Entities[index].Origin.ToString(),
        ChangeSetSection.Relationships => document.Relationships[index].Origin.ToString(),
        _ => $"{section}[{index}]",
    };
}
