using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Nodes;

/// <summary>The Relay <c>Node</c> interface: anything that can be re-fetched by its global id through <c>node(id:)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType<object>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id that node(id:) and nodes(ids:) can fetch again.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global id: base64 of \"<TypeName>:<key>\".");
    }
}
