using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Nodes;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>The <c>Entity</c> interface every kind implements: key, name, aliases, description, sources, version, relationships.</summary>
public sealed class EntityInterface : InterfaceGraphType<Entity>, IEntityGraphType
{
    public EntityInterface(IGraphStore store, IOptions<GraphQLSchemaOptions> options)
    {
        Name = GraphTypeName;
        Description = "A node of the knowledge graph: a project, region, company, initiative, training programme, person or organisation.";
        Interface<NodeInterface>();
        CommonEntityFields.Add(this, store, options);
    }

    public static string GraphTypeName => "Entity";

    public static EntityKind? Kind => null;

    public static string? ConnectionField => null;
}
