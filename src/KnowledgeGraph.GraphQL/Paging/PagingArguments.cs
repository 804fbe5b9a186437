using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Paging;

public static class PagingArguments
{
    /// <summary>Adds the Relay paging arguments <c>first after last before</c>.</summary>
    public static FieldBuilder<TSource, TReturn> WithPaging<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", "Returns the first n items (default: the configured page size; at most the configured maximum).")
        .Argument<StringGraphType>("after", "Returns the items after this cursor.")
        .Argument<IntGraphType>("last", "Returns the last n items (at most the configured maximum).")
        .Argument<StringGraphType>("before", "Returns the items before this cursor.");
}
