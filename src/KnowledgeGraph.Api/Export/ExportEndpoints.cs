using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Exchange;
using KnowledgeGraph.Exchange.Snapshots;
using KnowledgeGraph.GraphQL.Traversal;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Export;

/// <summary>
/// Downloads of what a journalist is looking at, in every export format, with the sources of every fact:
/// <c>GET /export/neighborhood?id=…&amp;depth=…&amp;format=…</c> and <c>GET /export/paths?from=…&amp;to=…&amp;format=…</c>.
/// Arguments, defaults and limits are those of the GraphQL <c>neighborhood</c> and <c>paths</c> fields
/// (<see cref="TraversalOptions"/>) and the traversal is the same cached service. Bad arguments answer 400 with a JSON
/// problem carrying the GraphQL error code; an unknown entity 404. Reading and writing run under the request's
/// cancellation and <c>GraphQL:Limits:ExecutionTimeoutSeconds</c>, as a GraphQL execution does (503 <c>TIMEOUT</c>
/// past it); the per-client bucket of <c>GraphQL:RateLimit:ExportPermitLimit</c> is taken before the endpoint runs.
/// </summary>
public static class ExportEndpoints
{
    public const string Prefix = "/export";

    /// <summary>
    /// Maps the export endpoints as one route group, guarded by the read policy (<see cref="ExportAccessFilter"/>).
    /// </summary>
    public static RouteGroupBuilder MapGraphExport(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix);
        group.AddEndpointFilter<ExportAccessFilter>();
        group.MapGet("/neighborhood", NeighborhoodAsync).WithName("ExportNeighborhood");
        group.MapGet("/paths", PathsAsync).WithName("ExportPaths");
        return group;
    }

    private static Task<IResult> NeighborhoodAsync(
        HttpContext context, IGraphStore store, IGraphTraversal traversal, IOptions<TraversalOptions> options, IOptions<GraphQLLimitSettings> timeout) =>
        ExportProblems.HandleAsync(context, timeout.Value, async cancellationToken =>
        {
            var limits = options.Value;
            var query = new ExportQuery(context.Request.Query);
            var format = query.Format();
            var depth = query.Bounded("depth", 1, 0, limits.MaxDepth);
            var spec = new NeighborhoodSpec
            {
                RootKey = string.Empty,
                Depth = depth,
                RelationshipTypes = query.RelationshipTypes(),
                Direction = query.Direction(),
                Kinds = query.Kinds(),
                Limit = query.Bounded("limit", limits.MaxNodes, 1, limits.MaxNodes),
                MaxExpansionPerNode = limits.MaxExpansionPerNode,
            };
            var root = await query.EntityAsync("id", store, cancellationToken);
            var subgraph = await traversal.GetNeighborhoodAsync(spec with { RootKey = root.Key }, cancellationToken);
            var snapshot = await RecordSnapshot.OfSubgraphAsync(store, subgraph, cancellationToken);
            context.Response.Headers["X-Subgraph-Truncated"] = subgraph.Truncated ? "true" : "false";
            return await FileAsync(snapshot, format, $"neighborhood-{root.Key}-depth-{depth}", cancellationToken);
        });

    private static Task<IResult> PathsAsync(
        HttpContext context, IGraphStore store, IGraphTraversal traversal, IOptions<TraversalOptions> options, IOptions<GraphQLLimitSettings> timeout) =>
        ExportProblems.HandleAsync(context, timeout.Value, async cancellationToken =>
        {
            var limits = options.Value;
            var query = new ExportQuery(context.Request.Query);
            var format = query.Format();
            var maxLength = query.Bounded("maxLength", 4, 1, limits.MaxPathLength);
            var relationshipTypes = query.RelationshipTypes();
            var mode = query.Mode();
            var first = query.Bounded("first", 10, 1, limits.MaxPaths);
            var from = await query.EntityAsync("from", store, cancellationToken);
            var to = await query.EntityAsync("to", store, cancellationToken);
            var paths = await traversal.FindPathsAsync(
                new PathSpec { FromKey = from.Key, ToKey = to.Key, MaxLength = maxLength, RelationshipTypes = relationshipTypes, Mode = mode, First = first },
                cancellationToken);
            var snapshot = await RecordSnapshot.OfPathsAsync(store, paths, cancellationToken);
            context.Response.Headers["X-Path-Count"] = paths.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await FileAsync(snapshot, format, $"paths-{from.Key}-to-{to.Key}", cancellationToken);
        });

    /// <summary>
    /// The export as a download. A traversal result is capped by the traversal limits, so it is written to memory
    /// first: a failure then still becomes a clean error response instead of a cut-off file.
    /// </summary>
    private static async Task<IResult> FileAsync(IGraphSnapshot snapshot, ExportFormat format, string name, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await GraphExporter.WriteAsync(snapshot, format, buffer, cancellationToken);
        return Results.File(buffer.ToArray(), ExportFormats.MediaType(format), name + ExportFormats.Extension(format));
    }
}
