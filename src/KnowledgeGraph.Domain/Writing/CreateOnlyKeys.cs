using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// The check stores run on <see cref="GraphChangeSet.CreateOnlySourceKeys"/> and
/// <see cref="GraphChangeSet.CreateOnlyRelationshipKeys"/> inside their write transaction, before writing anything,
/// so every store refuses the same way. It does no IO: the store answers whether a key is stored.
/// </summary>
public static class CreateOnlyKeys
{
    /// <summary>
    /// One error per create-only key that is already stored (<c>DUPLICATE_KEY</c> at the key of the first upsert
    /// with it, e.g. <c>upsertRelationships[0].key</c>) or that no upsert of its kind in the change set has
    /// (<see cref="ValidationCodes.CreateOnlyWithoutUpsert"/> at e.g. <c>createOnlySourceKeys[1]</c>).
    /// </summary>
    public static IReadOnlyList<ValidationError> Check(
        GraphChangeSet changes, Func<string, bool> sourceStored, Func<string, bool> relationshipStored)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(sourceStored);
        ArgumentNullException.ThrowIfNull(relationshipStored);
        var errors = new List<ValidationError>();
        Check(changes.CreateOnlySourceKeys, changes.UpsertSources.Select(s => s.Key).ToList(), sourceStored,
            "createOnlySourceKeys", "upsertSources", "source", errors);
        Check(changes.CreateOnlyRelationshipKeys, changes.UpsertRelationships.Select(r => r.Key).ToList(), relationshipStored,
            "createOnlyRelationshipKeys", "upsertRelationships", "relationship", errors);
        return errors;
    }

    private static void Check(
        IReadOnlyList<string> createOnly,
        List<string> upsertedKeys,
        Func<string, bool> stored,
        string listName,
        string upsertsName,
        string what,
        List<ValidationError> errors)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < createOnly.Count; j++)
        {
            var key = createOnly[j];
            var index = upsertedKeys.FindIndex(k => string.Equals(k, key, StringComparison.Ordinal));
            if (index < 0)
            {
                errors.Add(new ValidationError($"{listName}[{j}]", ValidationCodes.CreateOnlyWithoutUpsert,
                    $"'{key}' is listed as a {what} to create, but no {what} upsert in the change set has that key."));
            }
            else if (reported.Add(key) && stored(key))
            {
                errors.Add(new ValidationError($"{upsertsName}[{index}].key", ValidationCodes.DuplicateKey,
                    $"A {what} with the key '{key}' already exists; a create never replaces it."));
            }
        }
    }
}
