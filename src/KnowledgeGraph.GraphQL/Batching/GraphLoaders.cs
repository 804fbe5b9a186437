using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.GraphQL.Batching;

/// <summary>
/// The batch loaders of one GraphQL request: entities, sources and relationships by key, and one relationship
/// loader per distinct <see cref="RelationshipQuery"/> (a typed relationship field with its arguments). They live as
/// long as the request's execution context, so nothing is shared between requests; cross-request caching belongs
/// in a store decorator.
/// </summary>
public sealed class GraphLoaders
{
    private static readonly ConditionalWeakTable<IExecutionContext, GraphLoaders> PerRequest = new();

    private readonly IGraphStore _store;
    private readonly ConcurrentDictionary<string, BatchLoader<string, IReadOnlyList<RelationshipHit>>> _relationships = new(StringComparer.Ordinal);

    public GraphLoaders(IGraphStore store)
    {
        _store = store;
        Entities = new BatchLoader<string, Entity>(
            async (keys, ct) => (await store.GetEntitiesAsync(keys, ct).ConfigureAwait(false)).ToDictionary(e => e.Key, StringComparer.Ordinal),
            StringComparer.Ordinal);
        Sources = new BatchLoader<string, Source>(
            async (keys, ct) => (await store.GetSourcesAsync(keys, ct).ConfigureAwait(false)).ToDictionary(s => s.Key, StringComparer.Ordinal),
            StringComparer.Ordinal);
        RelationshipsByKey = new BatchLoader<string, Relationship>(
            async (keys, ct) => (await store.GetRelationshipsByKeyAsync(keys, ct).ConfigureAwait(false)).ToDictionary(r => r.Key, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    public BatchLoader<string, Entity> Entities { get; }

    public BatchLoader<string, Source> Sources { get; }

    public BatchLoader<string, Relationship> RelationshipsByKey { get; }

    /// <summary>The loaders of the request <paramref name="context"/> belongs to, created on first use.</summary>
    public static GraphLoaders For(IResolveFieldContext context, IGraphStore store) =>
        PerRequest.GetValue(context.ExecutionContext, _ => new GraphLoaders(store));

    /// <summary>
    /// Drops the loaders of <paramref name="context"/>'s request after it wrote to the graph, so that fields resolved
    /// afterwards (the mutation's payload, a later mutation of the same document) read the new state.
    /// </summary>
    public static void Invalidate(IResolveFieldContext context) => PerRequest.Remove(context.ExecutionContext);

    /// <summary>The relationships matching <paramref name="query"/> of every anchor key loaded, fetched in one call per batch.</summary>
    public BatchLoader<string, IReadOnlyList<RelationshipHit>> Relationships(RelationshipQuery query) =>
        _relationships.GetOrAdd(Signature(query), _ => new BatchLoader<string, IReadOnlyList<RelationshipHit>>(
            async (anchors, ct) =>
            {
                var hits = await _store.GetRelationshipsAsync(anchors, query, ct).ConfigureAwait(false);
                var byAnchor = anchors.ToDictionary(a => a, _ => (IReadOnlyList<RelationshipHit>)[], StringComparer.Ordinal);
                foreach (var group in hits.GroupBy(h => h.AnchorKey, StringComparer.Ordinal))
                {
                    byAnchor[group.Key] = group.ToList();
                }

                return byAnchor;
            },
            StringComparer.Ordinal));

    private static string Signature(RelationshipQuery query) => string.Join(
        '|',
        query.Types is null ? "*" : string.Join(',', query.Types.Order(StringComparer.Ordinal)),
        query.Direction.ToString(),
        query.NeighbourKinds is null ? "*" : string.Join(',', query.NeighbourKinds.Order()),
        query.Role is null ? "*" : "=" + query.Role);
}
