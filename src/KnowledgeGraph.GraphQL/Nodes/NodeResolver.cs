using GraphQL;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.Nodes;

/// <summary>
/// Resolves global ids through the request's batch loaders: entities for the seven kind prefixes, sources for
/// <c>Source</c>, relationships for <c>Relationship</c>. A malformed id or unknown type name fails with VALIDATION_FAILED, an id naming nothing (or an entity of
/// another kind) with NOT_FOUND.
/// </summary>
public static class NodeResolver
{
    public static BatchResult<object?> Resolve(IResolveFieldContext context, IGraphStore store, string id, string argument)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw new ValidationException(argument, ErrorCodes.InvalidId, $"'{id}' is not a global id (base64 of \"TypeName:key\").");
        }

        var loaders = GraphLoaders.For(context, store);
        if (typeName == SourceType.GraphTypeName)
        {
            return loaders.Sources.Load(key).Then<object?>(source => source ?? throw new EntityNotFoundException(key, SourceType.GraphTypeName));
        }

        if (typeName == RelationshipGraphType.GraphTypeName)
        {
            return loaders.RelationshipsByKey.Load(key)
                .Then<object?>(relationship => relationship ?? throw new EntityNotFoundException(key, RelationshipGraphType.GraphTypeName));
        }

        if (!EntityKinds.TryParse(typeName, out var kind))
        {
            throw new ValidationException(argument, ErrorCodes.InvalidId, $"'{id}' names the unknown type '{typeName}'.");
        }

        return loaders.Entities.Load(key).Then<object?>(entity =>
            entity is not null && entity.Kind == kind ? (object)entity : throw new EntityNotFoundException(key, KindGraphTypes.TypeNameOf(kind)));
    }
}
