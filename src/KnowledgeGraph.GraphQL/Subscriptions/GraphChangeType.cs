using GraphQL.Types;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Subscriptions;

/// <summary>One advance of the graph version, as pushed to <c>graphChanged</c> subscribers.</summary>
public sealed class GraphChangeType : ObjectGraphType<GraphVersionAdvanced>
{
    public GraphChangeType()
    {
        Name = "GraphChange";
        Description = "The graph changed: its version moved on. Which records changed is not told; query them again.";
        Field<NonNullGraphType<LongGraphType>>("version")
            .Description("The graph version now known to the server (the same number as `statistics.graphVersion`). Versions may be skipped when several writes arrive together.")
            .Resolve(context => context.Source.Version);
    }
}
