using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Paging;
using KnowledgeGraph.GraphQL.Relationships;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.GraphQL.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PageInfo = GraphQL.Types.Relay.DataObjects.PageInfo;

namespace KnowledgeGraph.GraphQL.History;

/// <summary>
/// <c>history(id:, first:, after:)</c>: the changes of an entity, relationship or source, newest first. Read straight from the
/// store's <see cref="IChangeHistory"/> (resolved per request), never from a cache, so it is never stale.
/// </summary>
public sealed class HistoryQueries(IOptions<GraphQLSchemaOptions> options) : IQueryFieldContributor
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ChangeConnectionType>>("history")
            .Description("The changes of an entity, a relationship or a source, newest first: who, when, what changed and why. "
                + "Works for deleted subjects too, since a global id is only base64 of \"TypeName:key\"; a global id whose key was never "
                + "written has an empty history. A bare key gives the changes of every subject ever written with it (keys are unique "
                + "within entities, relationships and sources, not across them), and NOT_FOUND when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The entity, relationship or source (its id or its key field): {IdOrKey.BothForms}.")
            .Argument<IntGraphType>("first", "Returns the first n changes (default: the configured page size; at most the configured maximum).")
            .Argument<StringGraphType>("after", "Returns the changes after (older than) this cursor.")
            .ResolveAsync(async context =>
            {
                var (kind, key) = Subject(context.GetArgument<string>("id"));
                var after = context.GetArgument<string?>("after");
                var take = PageRequest.PageSize(context, "first", options.Value) ?? options.Value.DefaultPageSize;
                var history = context.RequestServices!.GetRequiredService<IChangeHistory>();
                var page = await history.GetHistoryAsync(
                    new ChangeHistoryQuery
                    {
                        SubjectKey = key,
                        SubjectKind = kind,
                        BeforeSequence = after is null ? null : ChangeCursor.Decode(after, "after"),
                        Take = take,
                    },
                    context.CancellationToken);
                if (kind is null && page.TotalCount == 0)
                {
                    // A global id of a key never written has an empty history; a bare key naming nothing is more likely a typo.
                    throw IdOrKey.KeyNotFound(key, "id", "entity, relationship or source");
                }

                return ToConnection(page, after is not null);
            });
    }

    /// <summary>The subject an id names; a bare key names every subject with that key (an entity and a source may share one).</summary>
    private static (ChangeSubjectKind? Kind, string Key) Subject(string id)
    {
        var (typeName, key) = IdOrKey.Parse(id, "id");
        if (typeName is null)
        {
            return (null, key);
        }

        if (typeName == SourceType.GraphTypeName)
        {
            return (ChangeSubjectKind.Source, key);
        }

        if (typeName == RelationshipGraphType.GraphTypeName)
        {
            return (ChangeSubjectKind.Relationship, key);
        }

        if (!EntityKinds.TryParse(typeName, out _))
        {
            throw new ValidationException("id", IdOrKey.InvalidId, $"'{id}' names '{typeName}', which has no history: give the id of an entity, a relationship or a source.");
        }

        return (ChangeSubjectKind.Entity, key);
    }

    private static Connection<ChangeEdge> ToConnection(ChangeHistoryPage page, bool afterCursor)
    {
        var edges = page.Items.Select(change => new ChangeEdge(ChangeCursor.Encode(change.Sequence), change)).ToList();
        var pageInfo = new PageInfo
        {
            // The change a cursor names is never deleted, so a page after a cursor always has newer changes before it.
            HasPreviousPage = afterCursor,
            HasNextPage = page.HasMore,
            StartCursor = edges.Count == 0 ? null : edges[0].Cursor,
            EndCursor = edges.Count == 0 ? null : edges[^1].Cursor,
        };
        return new Connection<ChangeEdge>(edges, pageInfo, page.TotalCount);
    }
}
