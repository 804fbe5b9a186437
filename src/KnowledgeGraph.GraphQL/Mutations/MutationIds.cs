using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.Mutations;

/// <summary>Decodes the global ids a mutation receives, reporting an INVALID_ID <see cref="InputError"/> at its path when one is malformed.</summary>
public static class MutationIds
{
    /// <summary>The key of an entity id; <paramref name="kind"/> limits it to one kind (an id of another kind is invalid).</summary>
    public static string? EntityKey(string? id, IReadOnlyList<string> path, EntityKind? kind, ICollection<UserError> errors)
    {
        if (GlobalId.TryDecode(id, out var typeName, out var key) && EntityKinds.TryParse(typeName, out var decoded) && (kind is null || decoded == kind))
        {
            return key;
        }

        var expected = kind is { } k ? KindGraphTypes.TypeNameOf(k) : "entity";
        errors.Add(new InputError($"'{id}' is not the global id of a {expected} (base64 of \"{(kind is null ? "Kind" : expected)}:key\").", InputError.InvalidId, path));
        return null;
    }

    /// <summary>The kind an entity id names, when it is well formed.</summary>
    public static EntityKind? EntityKind(string? id) =>
        GlobalId.TryDecode(id, out var typeName, out _) && EntityKinds.TryParse(typeName, out var kind) ? kind : null;

    public static string? SourceKey(string? id, IReadOnlyList<string> path, ICollection<UserError> errors)
    {
        if (GlobalId.TryDecode(id, out var typeName, out var key) && typeName == SourceType.GraphTypeName)
        {
            return key;
        }

        errors.Add(new InputError($"'{id}' is not the global id of a Source (base64 of \"Source:key\").", InputError.InvalidId, path));
        return null;
    }

    public static string? RelationshipKey(string? id, IReadOnlyList<string> path, ICollection<UserError> errors)
    {
        if (GlobalId.TryDecode(id, out var typeName, out var key) && typeName == RelationshipGraphType.GraphTypeName)
        {
            return key;
        }

        errors.Add(new InputError($"'{id}' is not the global id of a Relationship (base64 of \"Relationship:key\").", InputError.InvalidId, path));
        return null;
    }

    /// <summary>The keys of a list of source ids, each malformed one reported at its index below <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> SourceKeys(IReadOnlyList<string> ids, IReadOnlyList<string> path, ICollection<UserError> errors)
    {
        var keys = new List<string>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (SourceKey(ids[i], [.. path, i.ToString(System.Globalization.CultureInfo.InvariantCulture)], errors) is { } key)
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    public static string Entity(Entity entity) => GlobalId.Encode(KindGraphTypes.TypeNameOf(entity.Kind), entity.Key);

    public static string Entity(EntityKind kind, string key) => GlobalId.Encode(KindGraphTypes.TypeNameOf(kind), key);

    public static string Source(string key) => GlobalId.Encode(SourceType.GraphTypeName, key);

    public static string Relationship(string key) => GlobalId.Encode(RelationshipGraphType.GraphTypeName, key);
}
