using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// The reference checks a store repeats inside its write transaction (a check made before it could be overtaken by
/// another writer), with the codes and path suffixes <see cref="GraphChangeValidator"/> reports, so that a refusal reads
/// the same whichever store made it. A record's cited sources must be non-empty, each cited once and each stored; a
/// repeated key is refused (<see cref="ValidationCodes.DuplicateValue"/>), never silently dropped, as the validator
/// refuses it. It does no IO: the store answers whether a key exists.
/// </summary>
public static class StoredReferences
{
    /// <summary>Adds to <paramref name="errors"/> the problems of the sources cited by the record at <paramref name="recordPath"/>.</summary>
    public static void CheckSources(IReadOnlyList<string> sourceKeys, RecordPath recordPath, Func<string, bool> exists, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(sourceKeys);
        ArgumentNullException.ThrowIfNull(exists);
        ArgumentNullException.ThrowIfNull(errors);
        if (sourceKeys.Count == 0)
        {
            errors.Add(new ValidationError(recordPath + ".sources", ValidationCodes.SourceRequired, "Every fact must cite at least one source."));
            return;
        }

        var repeats = new RepeatFinder(sourceKeys);
        for (var i = 0; i < sourceKeys.Count; i++)
        {
            var key = sourceKeys[i];
            if (repeats.IsRepeat(i))
            {
                errors.Add(new ValidationError($"{recordPath}.sources[{i}]", ValidationCodes.DuplicateValue, $"The source '{key}' is cited twice."));
            }
            else if (!exists(key))
            {
                errors.Add(new ValidationError($"{recordPath}.sources[{i}]", ValidationCodes.UnknownSource, $"No source has the key '{key}'."));
            }
        }
    }

    /// <summary>
    /// Adds the problems of <paramref name="entity"/>'s citations (<see cref="CitationRules"/>): each cites one of the
    /// record's own sources, a quote is neither blank nor too long, <c>about</c> names a field the record holds
    /// (<see cref="CitableFields"/>). Stores check them themselves because a record may reach them without the validator.
    /// </summary>
    public static void CheckCitations(Entity entity, RecordPath recordPath, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in CitationRules.Check(recordPath, entity))
        {
            errors.Add(error);
        }
    }

    /// <summary>Adds the problems of <paramref name="relationship"/>'s citations, as for an entity.</summary>
    public static void CheckCitations(Relationship relationship, RecordPath recordPath, ICollection<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in CitationRules.Check(recordPath, relationship))
        {
            errors.Add(error);
        }
    }

    /// <summary>
    /// A <see cref="ValidationCodes.MissingEndpoint"/> error at <c>{recordPath}.from</c> or <c>.to</c> when the entity
    /// <paramref name="key"/> does not exist; null when it does.
    /// </summary>
    public static ValidationError? CheckEndpoint(string key, RecordPath recordPath, RelationshipEnd end, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        return exists(key)
            ? null
            : new ValidationError($"{recordPath}.{(end == RelationshipEnd.From ? "from" : "to")}", ValidationCodes.MissingEndpoint, $"No entity has the key '{key}'.");
    }
}
