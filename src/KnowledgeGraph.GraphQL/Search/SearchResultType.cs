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
            .Description("Relevance: higher is better. The whole part tells how the name or an alias matches (3 exactly, 2 as a "
                + "prefix, 1 at a word start, 0 not at all); the fraction is the store's relevance. Fractions compare only within one search.")
            .Resolve(context => context.Source.Score);
        Field<NonNullGraphType<EntityInterface>>("entity")
            .Description("The entity found.")
            .Resolve(context => context.Source.Entity);
    }
}
