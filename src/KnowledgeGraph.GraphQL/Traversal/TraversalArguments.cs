using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Nodes;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>
/// Checks the arguments of the traversal fields before anything is read: ids must be entity global ids (else
/// VALIDATION_FAILED, code INVALID_ID), relationship types must be in the registry (UNKNOWN_RELATIONSHIP_TYPE), numbers
/// must be in range (INVALID_VALUE) and within the configured limits (LIMIT_EXCEEDED).
/// </summary>
public static class TraversalArguments
{
    public const string InvalidId = "INVALID_ID";
    public const string InvalidValue = "INVALID_VALUE";
    public const string UnknownRelationshipType = "UNKNOWN_RELATIONSHIP_TYPE";

    /// <summary>The kind and key an entity global id names.</summary>
    public static (EntityKind Kind, string Key) DecodeEntityId(string? id, string argument)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw new ValidationException(argument, InvalidId, $"'{id}' is not a global id (base64 of \"TypeName:key\").");
        }

        if (!EntityKinds.TryParse(typeName, out var kind))
        {
            throw new ValidationException(argument, InvalidId, $"'{id}' does not name an entity (type '{typeName}').");
        }

        return (kind, key);
    }

    /// <summary>
    /// Reads the entities the ids name in one store call, in the order given; NOT_FOUND when one does not exist or is
    /// of another kind than its id says.
    /// </summary>
    public static async Task<IReadOnlyList<Entity>> ResolveEntitiesAsync(
        IGraphStore store, IReadOnlyList<(EntityKind Kind, string Key)> ids, CancellationToken cancellationToken)
    {
        var keys = ids.Select(i => i.Key).Distinct(StringComparer.Ordinal).ToList();
        var found = (await store.GetEntitiesAsync(keys, cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Key, StringComparer.Ordinal);
        return ids.Select(id => found.TryGetValue(id.Key, out var entity) && entity.Kind == id.Kind
                ? entity
                : throw new EntityNotFoundException(id.Key, KindGraphTypes.TypeNameOf(id.Kind)))
            .ToList();
    }

    /// <summary>The relationship types asked for, checked against the registry; null when left out.</summary>
    public static IReadOnlySet<string>? RelationshipTypes(IReadOnlyCollection<string>? types, string argument)
    {
        if (types is null)
        {
            return null;
        }

        var errors = types
            .Where(t => !Domain.Relationships.RelationshipTypes.IsKnown(t))
            .Select(t => new ValidationError(argument, UnknownRelationshipType,
                $"'{t}' is not a relationship type; known types: {string.Join(", ", Domain.Relationships.RelationshipTypes.All.Select(d => d.Name))}."))
            .ToList();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }

        return types.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary><paramref name="value"/>, checked to be at least <paramref name="minimum"/> and at most <paramref name="maximum"/>.</summary>
    public static int Bounded(int value, string argument, int minimum, int maximum)
    {
        if (value < minimum)
        {
            throw new ValidationException(argument, InvalidValue, $"{argument} must be at least {minimum}; {value} was given.");
        }

        if (value > maximum)
        {
            throw new LimitExceededException(argument, maximum, value);
        }

        return value;
    }

    /// <summary>The direction argument; BOTH when left out.</summary>
    public static RelationshipDirection Direction(RelationshipDirection? direction) => direction ?? RelationshipDirection.Both;
}
