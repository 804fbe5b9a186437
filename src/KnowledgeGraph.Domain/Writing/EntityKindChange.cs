using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// An entity's kind never changes: the registry allows a relationship by the kinds at its ends, so a Project turned
/// into a Person would keep edges no Person may have. Stores run this check on every entity upsert inside their write
/// transaction, against the kind stored at that moment (a check made before the transaction could be overtaken by
/// another writer), so every write path — mutations, <c>upsertGraph</c>, imports, copies — refuses the same way. It
/// does no IO: the store answers which kind it holds.
/// </summary>
public static class EntityKindChange
{
    /// <summary>
    /// A <see cref="ValidationCodes.KindChangeNotAllowed"/> error at <c>{recordPath}.kind</c> (e.g.
    /// <c>upsertEntities[3].kind</c>) when <paramref name="entity"/> names another kind than <paramref name="storedKind"/>,
    /// the kind held under its key (null: none is stored); null when the upsert keeps the kind.
    /// </summary>
    public static ValidationError? Check(Entity entity, EntityKind? storedKind, RecordPath recordPath)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return storedKind is { } stored && stored != entity.Kind
            ? new ValidationError($"{recordPath}.kind", ValidationCodes.KindChangeNotAllowed,
                $"Entity '{entity.Key}' is {Article(stored)} {stored}; its kind cannot change to {entity.Kind}. " +
                $"To record it as {Article(entity.Kind)} {entity.Kind}, delete the {stored} (with its relationships) and create the {entity.Kind} anew.")
            : null;
    }

    private static string Article(EntityKind kind) => "AEIOU".Contains(kind.ToString()[0], StringComparison.Ordinal) ? "an" : "a";
}
