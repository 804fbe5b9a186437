using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Paging;
using KnowledgeGraph.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Search;

/// <summary><c>search(text:, kinds:, first:)</c>: free-text search over names, aliases and descriptions, best match first.</summary>
public sealed class SearchQueries(IGraphStore store, IOptions<GraphQLSchemaOptions> options) : IQueryFieldContributor
{
    private const int DefaultResults = 20;

    private readonly EntitySearch _search = new(store);

    public void AddFields(ObjectGraphType query) => query
        .Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultType>>>>("search")
        .Description("Free-text search over names, aliases and descriptions. The text is taken as words, each matching as a prefix "
            + "(\"khorg port\" finds \"Khorgos Gateway dry port\"); never as query syntax. Results come best first: an entity named (or "
            + "aliased) exactly as the text, ignoring case, accents and spacing; then names or aliases starting with it; then names or "
            + "aliases holding it at a word start; then the rest by relevance. A ranked list rather than a connection: ask for more "
            + "with a larger first.")
        .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for.")
        .Argument<ListGraphType<NonNullGraphType<EntityKindType>>>("kinds", "Kinds to search; all when left out.")
        .Argument<IntGraphType>("first", $"How many results at most (default {DefaultResults}; at most the configured maximum page size).", a => a.DefaultValue = DefaultResults)
        .ResolveAsync(async context =>
        {
            var text = context.GetArgument<string>("text");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ValidationException("text", ErrorCodes.EmptySearch, "text must contain at least one word.");
            }

            var kinds = context.GetArgument<List<EntityKind>?>("kinds");
            var first = PageRequest.PageSize(context, "first", options.Value) ?? DefaultResults;
            if (first == 0)
            {
                return Array.Empty<SearchHit>();
            }

            return await _search.SearchAsync(new SearchQuery(text, kinds is { Count: > 0 } ? kinds.ToHashSet() : null, first), context.CancellationToken);
        });
}
