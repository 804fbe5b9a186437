using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Nodes;

/// <summary>Relay's <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public sealed class NodeQueries(IGraphStore store, IOptions<GraphQLSchemaOptions> options) : IQueryFieldContributor
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches any entity, relationship or source by its global id. An unknown or malformed id gives null and an error with its code.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id, as returned by any id field.")
            .Resolve(context => NodeResolver.Resolve(context, store, context.GetArgument<string>("id"), "id"));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches entities, relationships and sources by global id, in the order given. Each unknown or malformed id gives null "
                + "in its place and an error (NOT_FOUND or VALIDATION_FAILED) whose path ends with its index.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", $"Global ids, at most {options.Value.MaxListLength}.")
            .Resolve(context => ResolveMany(context, context.GetArgument<List<string>>("ids")));
    }

    private BatchResult<IReadOnlyList<object?>> ResolveMany(IResolveFieldContext context, List<string> ids)
    {
        var pending = ids.Select((id, index) =>
        {
            try
            {
                return (Result: NodeResolver.Resolve(context, store, id, $"ids[{index}]"), Error: (DomainException?)null);
            }
            catch (DomainException exception)
            {
                return (Result: (BatchResult<object?>?)null, Error: exception);
            }
        }).ToList();

        return new BatchResult<IReadOnlyList<object?>>(async cancellationToken =>
        {
            var nodes = new List<object?>(pending.Count);
            for (var index = 0; index < pending.Count; index++)
            {
                var (result, error) = pending[index];
                if (result is not null)
                {
                    try
                    {
                        nodes.Add(await result.GetResultAsync(cancellationToken).ConfigureAwait(false));
                        continue;
                    }
                    catch (DomainException exception)
                    {
                        error = exception;
                    }
                }

                var executionError = DomainErrors.ToExecutionError(error!);
                executionError.AddLocation(context.FieldAst, context.Document);
                executionError.Path = [.. context.ResponsePath, index];
                context.Errors.Add(executionError);
                nodes.Add(null);
            }

            return nodes;
        });
    }
}
