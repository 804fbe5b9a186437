namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// Bidirectional breadth-first search for the shortest paths between two entities, following relationships in
/// either direction. Each round expands, by one level, whichever side has the smaller frontier (one adjacency call);
/// the search stops at the first level where the two sides meet, or when the lengths explored add up to the maximum.
/// <para>
/// When the sides first meet after exploring <c>f</c> levels forward and <c>b</c> backward, every shortest path
/// has length <c>f + b</c> and passes through exactly one meeting entity (at distance <c>f</c> from the start), so
/// every shortest path is produced once. Paths come in a stable order: compared hop by hop, by the next entity's
/// key, then by the relationship's key (ordinal). Parallel relationships give distinct paths.
/// </para>
/// </summary>
public static class ShortestPathSearch
{
    public static async Task<IReadOnlyList<KeyPath>> FindAsync(
        IAdjacencySource adjacency,
        string fromKey,
        string toKey,
        int maxLength,
        IReadOnlySet<string>? relationshipTypes,
        int first,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adjacency);
        if (first <= 0)
        {
            return [];
        }

        if (string.Equals(fromKey, toKey, StringComparison.Ordinal))
        {
            return [new KeyPath([fromKey], [])];
        }

        var filter = AdjacencyFilter.Undirected(relationshipTypes);
        var forward = new Side(fromKey, walksForward: true);
        var backward = new Side(toKey, walksForward: false);

        while (forward.Depth + backward.Depth < maxLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (forward.Frontier.Count == 0 || backward.Frontier.Count == 0)
            {
                return [];
            }

            var side = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            var other = ReferenceEquals(side, forward) ? backward : forward;
            await side.ExpandAsync(adjacency, filter, cancellationToken).ConfigureAwait(false);

            var meeting = side.Frontier.Where(other.Distance.ContainsKey).ToHashSet(StringComparer.Ordinal);
            if (meeting.Count > 0)
            {
                return Enumerate(forward, backward, meeting, first, cancellationToken);
            }
        }

        return [];
    }

    private static List<KeyPath> Enumerate(Side forward, Side backward, HashSet<string> meeting, int first, CancellationToken cancellationToken)
    {
        // Forward half: keep only entities from which a meeting entity is reached, as children lists in path order.
        var children = new Dictionary<string, List<Step>>(StringComparer.Ordinal);
        var useful = new HashSet<string>(meeting, StringComparer.Ordinal);
        var pending = new Queue<string>(meeting);
        while (pending.Count > 0)
        {
            var node = pending.Dequeue();
            if (!forward.Parents.TryGetValue(node, out var parents))
            {
                continue;
            }

            foreach (var parent in parents)
            {
                if (!children.TryGetValue(parent.Node, out var list))
                {
                    children[parent.Node] = list = [];
                }

                list.Add(new Step(node, parent.RelationshipKey, parent.Forward));
                if (useful.Add(parent.Node))
                {
                    pending.Enqueue(parent.Node);
                }
            }
        }

        foreach (var list in children.Values)
        {
            list.Sort(Step.PathOrder);
        }

        var results = new List<KeyPath>();
        var nodes = new List<string> { forward.Origin };
        var hops = new List<KeyHop>();
        Walk(forward.Origin);
        return results;

        void Walk(string node)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.Equals(node, backward.Origin, StringComparison.Ordinal))
            {
                results.Add(new KeyPath([.. nodes], [.. hops]));
                return;
            }

            IEnumerable<Step> steps = hops.Count < forward.Depth
                ? children.GetValueOrDefault(node) ?? []
                : backward.StepsTowardOrigin(node);
            foreach (var step in steps)
            {
                nodes.Add(step.Node);
                hops.Add(new KeyHop(step.RelationshipKey, step.Forward));
                Walk(step.Node);
                nodes.RemoveAt(nodes.Count - 1);
                hops.RemoveAt(hops.Count - 1);
                if (results.Count >= first)
                {
                    return;
                }
            }
        }
    }

    /// <summary>A step of a path in the start-to-end direction: to <see cref="Node"/> over the relationship.</summary>
    private readonly record struct Step(string Node, string RelationshipKey, bool Forward)
    {
        public static int PathOrder(Step a, Step b)
        {
            var byNode = string.CompareOrdinal(a.Node, b.Node);
            return byNode != 0 ? byNode : string.CompareOrdinal(a.RelationshipKey, b.RelationshipKey);
        }
    }

    private sealed class Side(string origin, bool walksForward)
    {
        public string Origin { get; } = origin;

        public int Depth { get; private set; }

        public List<string> Frontier { get; private set; } = [origin];

        public Dictionary<string, int> Distance { get; } = new(StringComparer.Ordinal) { [origin] = 0 };

        /// <summary>
        /// For each reached entity, the entities one level nearer the origin that lead to it. The step's direction is
        /// given in the start-to-end direction of the path being searched.
        /// </summary>
        public Dictionary<string, List<Step>> Parents { get; } = new(StringComparer.Ordinal);

        public async Task ExpandAsync(IAdjacencySource adjacency, AdjacencyFilter filter, CancellationToken cancellationToken)
        {
            var edgesByKey = await adjacency.GetAdjacentAsync(Frontier, filter, int.MaxValue, cancellationToken).ConfigureAwait(false);
            var depth = Depth + 1;
            var next = new List<string>();
            foreach (var node in Frontier)
            {
                if (!edgesByKey.TryGetValue(node, out var edges))
                {
                    continue;
                }

                foreach (var edge in edges)
                {
                    var neighbour = edge.NeighbourKey;
                    if (Distance.TryGetValue(neighbour, out var known))
                    {
                        if (known != depth)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        Distance[neighbour] = depth;
                        Parents[neighbour] = [];
                        next.Add(neighbour);
                    }

                    // Walking forward, the hop goes node -> neighbour; walking backward, neighbour -> node.
                    Parents[neighbour].Add(new Step(node, edge.RelationshipKey, walksForward ? edge.Outgoing : !edge.Outgoing));
                }
            }

            next.Sort(StringComparer.Ordinal);
            Frontier = next;
            Depth = depth;
        }

        /// <summary>For the backward side: the steps from <paramref name="node"/> one level nearer the origin, in path order.</summary>
        public IEnumerable<Step> StepsTowardOrigin(string node) =>
            Parents.TryGetValue(node, out var parents) ? parents.Order(Comparer<Step>.Create(Step.PathOrder)) : [];
    }
}
