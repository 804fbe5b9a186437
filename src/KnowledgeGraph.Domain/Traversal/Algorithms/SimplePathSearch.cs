namespace KnowledgeGraph.Domain.Traversal.Algorithms;

/// <summary>
/// All simple paths (no entity twice) between two entities, up to a maximum length, shortest first, following
/// relationships in either direction; stops as soon as <c>first</c> paths are found.
/// <para>
/// First a breadth-first "ball" is grown around the end, one adjacency call per level, up to the maximum length
/// minus one or until it holds <see cref="BallBudget"/> entities; its distances are lower bounds that prune the
/// search. Then an iterative-deepening depth-first search from the start enumerates paths of length 1, 2, …: an
/// entity is entered only if the end may still be reached in the hops left. Adjacency is read in batches (all the
/// candidates of an entity at once) and kept for the request. Within one length paths come in the same order as
/// <see cref="ShortestPathSearch"/>'s (hop by hop: next entity key, then relationship key).
/// </para>
/// <para>
/// The search examines at most <see cref="ExpansionBudget"/> relationships per request; on a dense graph with
/// few paths it can therefore return fewer paths than exist. The budget keeps one request from walking the whole graph.
/// </para>
/// </summary>
public static class SimplePathSearch
{
    public const int BallBudget = 50_000;

    public const int ExpansionBudget = 2_000_000;

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

        var search = new Search(adjacency, AdjacencyFilter.Undirected(relationshipTypes), fromKey, toKey, first, cancellationToken);
        await search.GrowBallAsync(Math.Max(0, maxLength - 1)).ConfigureAwait(false);
        for (var length = 1; length <= maxLength && !search.Done; length++)
        {
            await search.EnumerateAsync(length).ConfigureAwait(false);
        }

        return search.Results;
    }

    private sealed class Search(
        IAdjacencySource adjacency, AdjacencyFilter filter, string fromKey, string toKey, int first, CancellationToken cancellationToken)
    {
        private readonly Dictionary<string, IReadOnlyList<AdjacentEdge>> _edges = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _toEnd = new(StringComparer.Ordinal) { [toKey] = 0 };
        private readonly HashSet<string> _onPath = new(StringComparer.Ordinal);
        private readonly List<string> _nodes = [];
        private readonly List<KeyHop> _hops = [];
        private int _ballDepth;
        private long _examined;

        public List<KeyPath> Results { get; } = [];

        public bool Done => Results.Count >= first || _examined >= ExpansionBudget;

        public async Task GrowBallAsync(int depth)
        {
            var frontier = new List<string> { toKey };
            while (_ballDepth < depth && frontier.Count > 0 && _toEnd.Count < BallBudget)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await LoadAsync(frontier).ConfigureAwait(false);
                var next = new List<string>();
                foreach (var node in frontier)
                {
                    foreach (var edge in _edges[node])
                    {
                        if (_toEnd.TryAdd(edge.NeighbourKey, _ballDepth + 1))
                        {
                            next.Add(edge.NeighbourKey);
                        }
                    }
                }

                _ballDepth++;
                frontier = next;
            }

            // A frontier that ran dry means the ball holds everything connected to the end: the bounds are exact.
            if (frontier.Count == 0)
            {
                _ballDepth = int.MaxValue / 2;
            }
        }

        public async Task EnumerateAsync(int length)
        {
            if (LowerBound(fromKey) > length)
            {
                return;
            }

            _nodes.Clear();
            _hops.Clear();
            _onPath.Clear();
            _nodes.Add(fromKey);
            _onPath.Add(fromKey);
            await WalkAsync(fromKey, length).ConfigureAwait(false);
        }

        private int LowerBound(string node) =>
            _toEnd.TryGetValue(node, out var distance) ? distance : _ballDepth == int.MaxValue / 2 ? int.MaxValue : _ballDepth + 1;

        private async Task WalkAsync(string node, int remaining)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await LoadAsync([node]).ConfigureAwait(false);
            var edges = _edges[node];
            _examined += edges.Count;

            var candidates = new List<AdjacentEdge>();
            foreach (var edge in edges)
            {
                var next = edge.NeighbourKey;
                var reachesEnd = string.Equals(next, toKey, StringComparison.Ordinal);
                if (remaining == 1 ? reachesEnd : !reachesEnd && !_onPath.Contains(next) && LowerBound(next) <= remaining - 1)
                {
                    candidates.Add(edge);
                }
            }

            if (remaining > 1)
            {
                await LoadAsync(candidates.Select(c => c.NeighbourKey).Distinct(StringComparer.Ordinal).ToList()).ConfigureAwait(false);
            }

            foreach (var edge in candidates)
            {
                _nodes.Add(edge.NeighbourKey);
                _hops.Add(new KeyHop(edge.RelationshipKey, edge.Outgoing));
                if (remaining == 1)
                {
                    Results.Add(new KeyPath([.. _nodes], [.. _hops]));
                }
                else
                {
                    _onPath.Add(edge.NeighbourKey);
                    await WalkAsync(edge.NeighbourKey, remaining - 1).ConfigureAwait(false);
                    _onPath.Remove(edge.NeighbourKey);
                }

                _nodes.RemoveAt(_nodes.Count - 1);
                _hops.RemoveAt(_hops.Count - 1);
                if (Done)
                {
                    return;
                }
            }
        }

        private async Task LoadAsync(IReadOnlyCollection<string> keys)
        {
            var missing = keys.Where(k => !_edges.ContainsKey(k)).ToList();
            if (missing.Count == 0)
            {
                return;
            }

            var loaded = await adjacency.GetAdjacentAsync(missing, filter, int.MaxValue, cancellationToken).ConfigureAwait(false);
            foreach (var key in missing)
            {
                _edges[key] = loaded.TryGetValue(key, out var list) ? list : [];
            }
        }
    }
}
