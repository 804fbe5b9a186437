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
                + "Works for deleted subjects too, since a global id is only base64 of \"TypeName:key\"; a key never written has an empty history.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Global id of an entity, a relationship or a source, e.g. the id field of a Project, a Relationship or a Source.")
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
                return ToConnection(page, after is not null);
            });
    }

    private static (ChangeSubjectKind Kind, string Key) Subject(string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw new ValidationException("id", "INVALID_ID", $"'{id}' is not a global id (base64 of \"TypeName:key\").");
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
            throw new ValidationException("id", "INVALID_ID", $"'{id}' names '{typeName}', which has no history: give the id of an entity, a relationship or a source.");
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
