using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Entities;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Initiatives;

/// <summary>The <c>Initiative</c> type: fields generated from the kind's definition in <see cref="EntityKinds"/>.</summary>
public sealed class InitiativeType : EntityObjectGraphType, IEntityGraphType
{
    public InitiativeType(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
        : base(EntityKind.Initiative, store, options)
    {
    }

    public static string GraphTypeName => nameof(EntityKind.Initiative);

    public static EntityKind? Kind => EntityKind.Initiative;

    public static string? ConnectionField => "initiatives";
}
