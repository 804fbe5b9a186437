using GraphQL.Types;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Search;

/// <summary>One ranked search hit.</summary>
public sealed class SearchResultType : ObjectGraphType<SearchHit>
{
    public SearchResultType()
    {
        Name = "SearchResult";
        Description = "An entity found by search, with its relevance score.";
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Relevance: higher is better. Scores compare only within one search.")
            .Resolve(context => context.Source.Score);
        Field<NonNullGraphType<EntityInterface>>("entity")
            .Description("The entity found.")
            .Resolve(context => context.Source.Entity);
    }
}
