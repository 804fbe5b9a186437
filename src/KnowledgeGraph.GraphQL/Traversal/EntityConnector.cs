using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.GraphQL.Traversal;

/// <summary>
/// The small subgraph linking a handful of entities (<c>connect</c>): a Steiner-tree approximation by the classic
/// greedy on the metric closure.
/// <list type="number">
/// <item>One shortest path (up to the maximum length) between every pair of the entities: k(k−1)/2 traversal calls,
/// run concurrently (at most 10 for 5 entities).</item>
/// <item>A minimum spanning tree over the entities, pairs taken shortest path first (ties in the order the entities
/// were given), skipping a pair already linked through earlier paths (Kruskal).</item>
/// <item>The result is the union of the chosen paths' entities and relationships — at most twice the size of the
/// smallest linking subgraph.</item>
/// </list>
/// Entities that no path within the maximum length reaches stay in the result unlinked, and the result is marked
/// truncated.
/// </summary>
public static class EntityConnector
{
    public static async Task<Subgraph> ConnectAsync(
        IGraphTraversal traversal, IReadOnlyList<Entity> entities, int maxLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traversal);
        ArgumentNullException.ThrowIfNull(entities);

        var pairs = new List<(int From, int To)>();
        for (var i = 0; i < entities.Count; i++)
        {
            for (var j = i + 1; j < entities.Count; j++)
            {
                pairs.Add((i, j));
            }
        }

        var found = await Task.WhenAll(pairs.Select(pair => traversal.FindPathsAsync(
            new PathSpec
            {
                FromKey = entities[pair.From].Key,
                ToKey = entities[pair.To].Key,
                MaxLength = maxLength,
                Mode = PathMode.Shortest,
                First = 1,
            },
            cancellationToken))).ConfigureAwait(false);

        var candidates = pairs
            .Select((pair, index) => (pair.From, pair.To, Path: found[index].FirstOrDefault()))
            .Where(c => c.Path is not null)
            .OrderBy(c => c.Path!.Length)
            .ThenBy(c => c.From)
            .ThenBy(c => c.To)
            .ToList();

        var component = Enumerable.Range(0, entities.Count).ToArray();
        var nodes = new List<Entity>(entities);
        var nodeKeys = entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var links = 0;
        foreach (var (from, to, path) in candidates)
        {
            int a = Find(from), b = Find(to);
            if (a == b)
            {
                continue;
            }

            component[a] = b;
            links++;
            foreach (var node in path!.Nodes.Where(n => nodeKeys.Add(n.Key)))
            {
                nodes.Add(node);
            }

            foreach (var hop in path.Hops)
            {
                relationships.TryAdd(hop.Relationship.Key, hop.Relationship);
            }
        }

        var ordered = relationships.Values.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        return new Subgraph(nodes, ordered, Truncated: links < entities.Count - 1);

        int Find(int x)
        {
            while (component[x] != x)
            {
                x = component[x] = component[component[x]];
            }

            return x;
        }
    }
}
