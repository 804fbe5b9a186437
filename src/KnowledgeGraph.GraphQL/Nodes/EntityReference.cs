using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Nodes;

/// <summary>
/// The entity an argument names, by global id or by key (see <see cref="IdOrKey"/>): its key, and its kind when a global
/// id was given — a bare key names an entity of any kind, keys being unique across kinds.
/// </summary>
public sealed record EntityReference(string Key, EntityKind? Kind, string Argument)
{
    /// <summary>INVALID_ID when the value is neither form, or is the global id of something other than an entity.</summary>
    public static EntityReference Parse(string? value, string argument)
    {
        var (typeName, key) = IdOrKey.Parse(value, argument);
        if (typeName is null)
        {
            return new EntityReference(key, null, argument);
        }

        return EntityKinds.TryParse(typeName, out var kind)
            ? new EntityReference(key, kind, argument)
            : throw new ValidationException(argument, IdOrKey.InvalidId, $"'{value}' does not name an entity (type '{typeName}').");
    }

    public bool IsMatchedBy(Entity entity) =>
        string.Equals(entity.Key, Key, StringComparison.Ordinal) && (Kind is null || entity.Kind == Kind);

    /// <summary>NOT_FOUND: for a global id, naming the kind it promised; for a key, saying an id would do too.</summary>
    public EntityNotFoundException NotFound() =>
        Kind is { } kind ? new EntityNotFoundException(Key, KindGraphTypes.TypeNameOf(kind)) : IdOrKey.KeyNotFound(Key, Argument);
}
