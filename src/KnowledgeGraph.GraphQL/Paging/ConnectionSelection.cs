using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// What a connection field's selection reads, as GraphQL.NET collects it (aliases, fragment spreads, inline fragments,
/// <c>@skip</c>/<c>@include</c>): the items (<c>edges</c>, <c>nodes</c>, or a cursor of <c>pageInfo</c>), the page
/// flags and <c>totalCount</c>. A store is asked for nothing more, so that <c>{ totalCount }</c> only counts and
/// <c>{ edges … }</c> never does.
/// </summary>
public sealed record ConnectionSelection(bool Items, bool TotalCount, bool HasPreviousPage, bool HasNextPage)
{
    public static ConnectionSelection Of(IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (items, total, previous, next) = (false, false, false, false);
        foreach (var (field, definition) in context.SubFields?.Values ?? Enumerable.Empty<(GraphQLField, FieldType)>())
        {
            switch (definition.Name)
            {
                case "edges" or "nodes":
                    items = true;
                    break;
                case "totalCount":
                    total = true;
                    break;
                case "pageInfo":
                    foreach (var name in PageInfoFields(context, field, definition))
                    {
                        items |= name is "startCursor" or "endCursor";
                        previous |= name == "hasPreviousPage";
                        next |= name == "hasNextPage";
                    }

                    break;
            }
        }

        return new ConnectionSelection(items, total, previous, next);
    }

    /// <summary>The extras a store reads for this selection.</summary>
    public PageExtras Extras =>
        (TotalCount ? PageExtras.TotalCount : PageExtras.None)
        | (HasPreviousPage ? PageExtras.HasPrevious : PageExtras.None)
        | (HasNextPage ? PageExtras.HasNext : PageExtras.None);

    /// <summary>The fields of a <c>pageInfo</c> selection, collected by the execution strategy as it will run them.</summary>
    private static IEnumerable<string> PageInfoFields(IResolveFieldContext context, GraphQLField field, FieldType definition)
    {
        var execution = context.ExecutionContext as global::GraphQL.Execution.ExecutionContext
            ?? throw new InvalidOperationException($"GraphQL.NET's execution context was expected, not {context.ExecutionContext.GetType()}.");
        // Collecting sub-fields reads only the node's field and type, never its parent.
        var node = new ObjectExecutionNode(null!, definition.ResolvedType!, field, definition, null);
        return execution.ExecutionStrategy.GetSubFields(execution, node)?.Values.Select(f => f.fieldType.Name) ?? [];
    }
}
