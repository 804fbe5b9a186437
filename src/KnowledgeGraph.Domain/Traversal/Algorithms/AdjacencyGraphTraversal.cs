using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// <see cref="IGraphTraversal"/> over any store: the algorithms walk the keys an <see cref="IAdjacencySource"/> gives,
/// then the entities and relationships found are read from the store in two batched calls.
/// <paramref name="adjacency"/> is asked once per request for the source to use (so a store can hand out a snapshot
/// matching its current graph version).
/// </summary>
public sealed class AdjacencyGraphTraversal(
    IGraphStore store, Func<CancellationToken, ValueTask<IAdjacencySource>> adjacency) : IGraphTraversal
{
    public async Task<Subgraph> GetNeighborhoodAsync(NeighborhoodSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var source = await adjacency(cancellationToken).ConfigureAwait(false);
        await EnsureExistAsync(source, [spec.RootKey], cancellationToken).ConfigureAwait(false);
        var found = await NeighborhoodExpansion.ExpandAsync(source, spec, cancellationToken).ConfigureAwait(false);

        var entities = await ReadEntitiesAsync(found.NodeKeys, cancellationToken).ConfigureAwait(false);
        var relationships = await ReadRelationshipsAsync(found.RelationshipKeys, cancellationToken).ConfigureAwait(false);
        var nodes = found.NodeKeys.Where(entities.ContainsKey).Select(k => entities[k]).ToList();
        var edges = found.RelationshipKeys.Where(relationships.ContainsKey).Select(k => relationships[k]).ToList();
        return new Subgraph(nodes, edges, found.Truncated);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var source = await adjacency(cancellationToken).ConfigureAwait(false);
        await EnsureExistAsync(source, [spec.FromKey, spec.ToKey], cancellationToken).ConfigureAwait(false);
        var found = await PathFinder.FindAsync(source, spec, cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return [];
        }

        var entities = await ReadEntitiesAsync(
            found.SelectMany(p => p.NodeKeys).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        var relationships = await ReadRelationshipsAsync(
            found.SelectMany(p => p.Hops).Select(h => h.RelationshipKey).Distinct(StringComparer.Ordinal).ToList(),
            cancellationToken).ConfigureAwait(false);

        var paths = new List<GraphPath>(found.Count);
        foreach (var path in found)
        {
            // A path whose parts were deleted between the walk and the read is left out rather than returned broken.
            if (path.NodeKeys.All(entities.ContainsKey) && path.Hops.All(h => relationships.ContainsKey(h.RelationshipKey)))
            {
                paths.Add(new GraphPath(
                    path.NodeKeys.Select(k => entities[k]).ToList(),
                    path.Hops.Select(h => new PathHop(relationships[h.RelationshipKey], h.Forward)).ToList()));
            }
        }

        return paths;
    }

    private async Task EnsureExistAsync(IAdjacencySource source, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        // An index snapshot knows every entity of its version: no store round trip needed.
        if (source is AdjacencyIndex index)
        {
            var unknown = keys.FirstOrDefault(k => !index.Contains(k));
            if (unknown is not null)
            {
                throw new EntityNotFoundException(unknown);
            }

            return;
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var found = await store.GetEntitiesAsync(distinct, cancellationToken).ConfigureAwait(false);
        var missing = distinct.FirstOrDefault(k => !found.Any(e => string.Equals(e.Key, k, StringComparison.Ordinal)));
        if (missing is not null)
        {
            throw new EntityNotFoundException(missing);
        }
    }

    private async Task<Dictionary<string, Entity>> ReadEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var entities = await store.GetEntitiesAsync(keys, cancellationToken).ConfigureAwait(false);
        return entities.ToDictionary(e => e.Key, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, Relationship>> ReadRelationshipsAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, Relationship>(StringComparer.Ordinal);
        }

        var relationships = await store.GetRelationshipsByKeyAsync(keys, cancellationToken).ConfigureAwait(false);
        return relationships.ToDictionary(r => r.Key, StringComparer.Ordinal);
    }
}
