using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary><c>relationship(key:)</c> and <c>relationshipTypes</c>, the registry.</summary>
public sealed class RelationshipQueries(IGraphStore store) : IQueryFieldContributor
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<RelationshipGraphType>("relationship")
            .Description("A relationship by key; null and a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("key", "The relationship's key.")
            .Resolve(context =>
            {
                var key = context.GetArgument<string>("key");
                return GraphLoaders.For(context, store).RelationshipsByKey.Load(key)
                    .Then(relationship => relationship ?? throw new EntityNotFoundException(key, RelationshipGraphType.GraphTypeName));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipTypeInfoType>>>>("relationshipTypes")
            .Description("The registry of relationship types: names to use in relationships(types:), allowed kinds, readings.")
            .Resolve(_ => RelationshipTypes.All);
    }
}
