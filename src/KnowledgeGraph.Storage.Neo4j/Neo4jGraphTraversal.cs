using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Client.Values;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The traversal port over Neo4j. Paths use Neo4j's path selectors (<c>ALL SHORTEST</c>, and <c>SHORTEST k</c> over
/// simple paths for all paths) on quantified patterns.
/// A neighbourhood expands one level per statement so that the per-entity expansion cap is applied by the database
/// (<c>LIMIT</c> inside a <c>CALL</c> per entity) and a cut can be reported as truncation. The rules are those of the
/// shared <see cref="Domain.Traversal.Algorithms.NeighborhoodExpansion"/>: only entities of the requested kinds are
/// entered (the root always is), each level is expanded in key order, each entity's relationships in neighbour-key,
/// relationship-key order up to the cap, entities are admitted until the limit, and the nodes come back by distance
/// then key.
/// </summary>
public sealed class Neo4jGraphTraversal(Neo4jQueryClient client) : IGraphTraversal
{
    public async Task<Subgraph> GetNeighborhoodAsync(NeighborhoodSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var root = await GetEntityAsync(spec.RootKey, cancellationToken).ConfigureAwait(false)
            ?? throw new EntityNotFoundException(spec.RootKey);

        var visited = new HashSet<string>(StringComparer.Ordinal) { root.Key };
        var kept = new List<Entity> { root };
        var keptKeys = new HashSet<string>(StringComparer.Ordinal) { root.Key };
        var followed = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var truncated = false;
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [root.Key] = 0 };
        var frontier = new List<string> { root.Key };
        var depth = Math.Clamp(spec.Depth, 0, TraversalCypher.MaxPathLength);
        var cap = Math.Max(spec.MaxExpansionPerNode, 0);

        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            if (TraversalCypher.ExpandLevel(frontier, spec, cap == int.MaxValue ? cap : cap + 1) is not { } statement)
            {
                break;
            }

            var result = await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
            var byAnchor = result.Records.GroupBy(r => r.Get<string>("key")).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var next = new List<string>();
            foreach (var anchor in frontier)
            {
                if (!byAnchor.TryGetValue(anchor, out var rows))
                {
                    continue;
                }

                if (rows.Count > cap)
                {
                    truncated = true;
                    rows = rows.Take(cap).ToList();
                }

                foreach (var row in rows)
                {
                    var relationship = Neo4jGraphStore.ToRelationship(row);
                    var neighbour = EntityMapper.FromNode(row.Get<Neo4jNode>("neighbour"));
                    if (visited.Add(neighbour.Key))
                    {
                        if (kept.Count >= Math.Max(1, spec.Limit))
                        {
                            truncated = true;
                            continue;
                        }

                        kept.Add(neighbour);
                        distance[neighbour.Key] = level;
                        keptKeys.Add(neighbour.Key);
                        next.Add(neighbour.Key);
                    }

                    if (keptKeys.Contains(neighbour.Key))
                    {
                        followed.TryAdd(relationship.Key, relationship);
                    }
                }
            }

            next.Sort(StringComparer.Ordinal);
            frontier = next;
        }

        kept = kept.OrderBy(e => distance[e.Key]).ThenBy(e => e.Key, StringComparer.Ordinal).ToList();

        var relationships = followed.Values
            .Where(r => keptKeys.Contains(r.FromKey) && keptKeys.Contains(r.ToKey))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return new Subgraph(kept, relationships, truncated);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var ends = await client.RunAsync(
                new CypherStatement("MATCH (n:Entity) WHERE n.key IN $keys\nRETURN n", new Dictionary<string, object?> { ["keys"] = new List<string> { spec.FromKey, spec.ToKey } }),
                AccessMode.Read,
                cancellationToken)
            .ConfigureAwait(false);
        var found = ends.Records.Select(r => EntityMapper.FromNode(r.Get<Neo4jNode>("n"))).ToDictionary(e => e.Key, StringComparer.Ordinal);
        foreach (var key in new[] { spec.FromKey, spec.ToKey })
        {
            if (!found.ContainsKey(key))
            {
                throw new EntityNotFoundException(key);
            }
        }

        if (spec.First <= 0)
        {
            return [];
        }

        if (spec.FromKey == spec.ToKey)
        {
            return [new GraphPath([found[spec.FromKey]], [])];
        }

        if (TraversalCypher.Paths(spec) is not { } statement)
        {
            return [];
        }

        var paths = await ReadPathsAsync(statement, cancellationToken).ConfigureAwait(false);
        if (spec.Mode != PathMode.All || paths.Count < spec.First)
        {
            return paths;
        }

        // SHORTEST k keeps all the paths shorter than its longest, but which of the equally long ones it kept is its
        // choice: read those again at exactly that length, in key order, as the shared algorithms choose them.
        var cutOff = paths[^1].Length;
        var shorter = paths.Where(p => p.Length < cutOff).ToList();
        var ties = await ReadPathsAsync(TraversalCypher.PathsOfLength(spec, cutOff, spec.First - shorter.Count)!, cancellationToken).ConfigureAwait(false);
        return [.. shorter, .. ties];
    }

    private async Task<List<GraphPath>> ReadPathsAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => ToGraphPath(r.Get<Neo4jPath>("p"))).ToList();
    }

    /// <summary>Turns a decoded Neo4j path into a domain path; a hop is forward when it starts at the node before it.</summary>
    public static GraphPath ToGraphPath(Neo4jPath path)
    {
        var nodes = path.Nodes.Select(EntityMapper.FromNode).ToList();
        var hops = new List<PathHop>(path.Relationships.Count);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            var forward = relationship.StartNodeElementId == path.Nodes[i].ElementId;
            var (fromKey, toKey) = forward ? (nodes[i].Key, nodes[i + 1].Key) : (nodes[i + 1].Key, nodes[i].Key);
            hops.Add(new PathHop(RelationshipMapper.FromRelationship(relationship, fromKey, toKey), forward));
        }

        return new GraphPath(nodes, hops);
    }

    private async Task<Entity?> GetEntityAsync(string key, CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(EntityCypher.GetByKeys([key]), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => EntityMapper.FromNode(r.Get<Neo4jNode>("n"))).FirstOrDefault();
    }
}
