using GraphQL.Types;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary><c>Path</c>: a simple path between two entities, its entities in order and every step between them.</summary>
public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "A simple path: nodes[i] and nodes[i + 1] are joined by hops[i].";
        Field<NonNullGraphType<IntGraphType>>("length")
            .Description("The number of hops.")
            .Resolve(context => context.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes")
            .Description("The entities along the path, from the start to the end.")
            .Resolve(context => context.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopType>>>>("hops")
            .Description("The steps of the path, in order.")
            .Resolve(context => Hops(context.Source));
    }

    private static List<PathHopView> Hops(GraphPath path) =>
        path.Hops.Select((hop, i) => new PathHopView(path.Nodes[i], path.Nodes[i + 1], hop)).ToList();
}
