namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// Bounded breadth-first expansion around a root, one adjacency call per level.
/// <list type="bullet">
/// <item>Only entities of <see cref="NeighborhoodSpec.Kinds"/> are entered (and so expanded further); the root is always kept.</item>
/// <item>Each level's entities are expanded in key order, each one's relationships in neighbour-key, relationship-key
/// order, and at most <see cref="NeighborhoodSpec.MaxExpansionPerNode"/> of them are followed.</item>
/// <item>New entities are admitted in that order until <see cref="NeighborhoodSpec.Limit"/> entities are held.</item>
/// <item>The relationships returned are those followed while expanding whose both ends were admitted; two entities at
/// the last level are not expanded, so a relationship between them is not returned.</item>
/// <item>The result is truncated when an entity had more relationships than the per-entity cap or when a new entity
/// was turned away by the limit.</item>
/// </list>
/// </summary>
public static class NeighborhoodExpansion
{
    public static async Task<NeighborhoodResult> ExpandAsync(
        IAdjacencySource adjacency, NeighborhoodSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegative(spec.Depth);
        ArgumentOutOfRangeException.ThrowIfNegative(spec.MaxExpansionPerNode);

        var filter = new AdjacencyFilter(spec.RelationshipTypes, spec.Direction, spec.Kinds);
        var cap = spec.MaxExpansionPerNode;
        var askPerKey = cap == int.MaxValue ? cap : cap + 1;
        var limit = Math.Max(1, spec.Limit);

        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [spec.RootKey] = 0 };
        var relationshipKeys = new HashSet<string>(StringComparer.Ordinal);
        var frontier = new List<string> { spec.RootKey };
        var truncated = false;

        for (var level = 1; level <= spec.Depth && frontier.Count > 0; level++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var edgesByKey = await adjacency.GetAdjacentAsync(frontier, filter, askPerKey, cancellationToken).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var key in frontier)
            {
                if (!edgesByKey.TryGetValue(key, out var edges))
                {
                    continue;
                }

                var count = edges.Count;
                if (count > cap)
                {
                    truncated = true;
                    count = cap;
                }

                for (var i = 0; i < count; i++)
                {
                    var edge = edges[i];
                    if (!distance.ContainsKey(edge.NeighbourKey))
                    {
                        if (distance.Count >= limit)
                        {
                            truncated = true;
                            continue;
                        }

                        distance[edge.NeighbourKey] = level;
                        next.Add(edge.NeighbourKey);
                    }

                    relationshipKeys.Add(edge.RelationshipKey);
                }
            }

            next.Sort(StringComparer.Ordinal);
            frontier = next;
        }

        var nodes = distance
            .OrderBy(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => pair.Key)
            .ToList();
        var relationships = relationshipKeys.Order(StringComparer.Ordinal).ToList();
        return new NeighborhoodResult(nodes, relationships, truncated);
    }
}
