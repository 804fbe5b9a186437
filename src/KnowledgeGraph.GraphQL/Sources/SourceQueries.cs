using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary><c>source(key:)</c> and <c>sources(keys:)</c>.</summary>
public sealed class SourceQueries(IGraphStore store, IOptions<GraphQLSchemaOptions> options) : IQueryFieldContributor
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<SourceType>("source")
            .Description("A source by key; null and a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The source's key.")
            .Resolve(context =>
            {
                var key = context.GetArgument<string>("key");
                return GraphLoaders.For(context, store).Sources.Load(key)
                    .Then(source => source ?? throw new EntityNotFoundException(key, SourceType.GraphTypeName));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Sources by key, in the order given; unknown keys are left out.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keys", $"The sources' keys, at most {options.Value.MaxListLength}.")
            .Resolve(context => GraphLoaders.For(context, store).Sources.LoadMany(context.GetArgument<List<string>>("keys")));
    }
}
