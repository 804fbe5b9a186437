using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>
/// A small breadth-first traversal over the real store's relationship reads, so that the caching traversal is
/// tested on real store data independently of the SQLite traversal's own algorithms.
/// </summary>
public sealed class StoreBackedTraversal(IGraphStore store) : IGraphTraversal
{
    public async Task<Subgraph> GetNeighborhoodAsync(NeighborhoodSpec spec, CancellationToken cancellationToken = default)
    {
        var root = (await store.GetEntitiesAsync([spec.RootKey], cancellationToken)).SingleOrDefault()
            ?? throw new EntityNotFoundException(spec.RootKey);
        var nodes = new Dictionary<string, Entity>(StringComparer.Ordinal) { [root.Key] = root };
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var query = new RelationshipQuery { Types = spec.RelationshipTypes, Direction = spec.Direction, NeighbourKinds = spec.Kinds };
        IReadOnlyCollection<string> frontier = [root.Key];
        for (var depth = 0; depth < spec.Depth && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var hit in await store.GetRelationshipsAsync(frontier, query, cancellationToken))
            {
                relationships.TryAdd(hit.Relationship.Key, hit.Relationship);
                if (nodes.TryAdd(hit.Neighbour.Key, hit.Neighbour))
                {
                    next.Add(hit.Neighbour.Key);
                }
            }

            frontier = next;
        }

        return new Subgraph([.. nodes.Values.OrderBy(n => n.Key, StringComparer.Ordinal)], [.. relationships.Values.OrderBy(r => r.Key, StringComparer.Ordinal)], false);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathSpec spec, CancellationToken cancellationToken = default)
    {
        var ends = await store.GetEntitiesAsync([spec.FromKey, spec.ToKey], cancellationToken);
        var from = ends.FirstOrDefault(e => e.Key == spec.FromKey) ?? throw new EntityNotFoundException(spec.FromKey);
        _ = ends.FirstOrDefault(e => e.Key == spec.ToKey) ?? throw new EntityNotFoundException(spec.ToKey);

        var previous = new Dictionary<string, (Entity Node, RelationshipHit? Via)>(StringComparer.Ordinal) { [from.Key] = (from, null) };
        IReadOnlyCollection<string> frontier = [from.Key];
        var query = new RelationshipQuery { Types = spec.RelationshipTypes };
        for (var length = 0; length < spec.MaxLength && frontier.Count > 0 && !previous.ContainsKey(spec.ToKey); length++)
        {
            var next = new List<string>();
            foreach (var hit in await store.GetRelationshipsAsync(frontier, query, cancellationToken))
            {
                if (previous.TryAdd(hit.Neighbour.Key, (hit.Neighbour, hit)))
                {
                    next.Add(hit.Neighbour.Key);
                }
            }

            frontier = next;
        }

        if (!previous.ContainsKey(spec.ToKey))
        {
            return [];
        }

        var nodes = new List<Entity>();
        var hops = new List<PathHop>();
        for (var key = spec.ToKey; ;)
        {
            var (node, via) = previous[key];
            nodes.Insert(0, node);
            if (via is null)
            {
                break;
            }

            hops.Insert(0, new PathHop(via.Relationship, via.Direction == RelationshipDirection.Outgoing));
            key = via.AnchorKey;
        }

        return [new GraphPath(nodes, hops)];
    }
}
