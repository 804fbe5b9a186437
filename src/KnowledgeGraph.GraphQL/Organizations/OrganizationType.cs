using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Entities;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Organizations;

/// <summary>The <c>Organization</c> type: fields generated from the kind's definition in <see cref="EntityKinds"/>.</summary>
public sealed class OrganizationType : EntityObjectGraphType, IEntityGraphType
{
    public OrganizationType(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
        : base(EntityKind.Organization, store, options)
    {
    }

    public static string GraphTypeName => nameof(EntityKind.Organization);

    public static EntityKind? Kind => EntityKind.Organization;

    public static string? ConnectionField => "organizations";
}
