using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Nodes;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>
/// Checks the arguments of the traversal fields before anything is read: entities are named by global id or key (else
/// VALIDATION_FAILED, code INVALID_ID), relationship types must be in the registry (UNKNOWN_RELATIONSHIP_TYPE), numbers
/// must be in range (INVALID_VALUE) and within the configured limits (LIMIT_EXCEEDED).
/// </summary>
public static class TraversalArguments
{
    public const string InvalidId = IdOrKey.InvalidId;
    public const string InvalidValue = ValidationCodes.InvalidValue;
    public const string UnknownRelationshipType = ValidationCodes.UnknownRelationshipType;

    /// <summary>
    /// Reads the entities the references name in one store call, in the order given; NOT_FOUND when one does not exist
    /// or is of another kind than its global id says.
    /// </summary>
    public static async Task<IReadOnlyList<Entity>> ResolveEntitiesAsync(
        IGraphStore store, IReadOnlyList<EntityReference> references, CancellationToken cancellationToken)
    {
        var keys = references.Select(r => r.Key).Distinct(StringComparer.Ordinal).ToList();
        var found = (await store.GetEntitiesAsync(keys, cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Key, StringComparer.Ordinal);
        return references.Select(r => found.TryGetValue(r.Key, out var entity) && r.IsMatchedBy(entity) ? entity : throw r.NotFound())
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
