using System.Globalization;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Traversal statements. Path lengths appear in quantifiers (<c>{1,4}</c>), which Cypher does not let be
/// parameters; they are integers from the already-checked spec, clamped to <see cref="MaxPathLength"/>.
/// </summary>
public static class TraversalCypher
{
    /// <summary>A hard ceiling on any quantifier, whatever the configured limits allow.</summary>
    public const int MaxPathLength = 10;

    /// <summary>
    /// One level of a neighbourhood: for every frontier entity, its relationships in the spec's types and direction
    /// leading to an entity of the spec's kinds (or back to the root), at most <paramref name="perNodeLimit"/> of them
    /// per entity (in relationship-type, neighbour-name, key order).
    /// Null when no asked-for type exists.
    /// </summary>
    public static CypherStatement? ExpandLevel(IReadOnlyCollection<string> frontier, NeighborhoodSpec spec, int perNodeLimit)
    {
        var types = RelationshipCypher.TypeExpression(spec.RelationshipTypes);
        if (types is null)
        {
            return null;
        }

        var pattern = spec.Direction switch
        {
            RelationshipDirection.Outgoing => $"(a)-[r{types}]->(b:Entity)",
            RelationshipDirection.Incoming => $"(a)<-[r{types}]-(b:Entity)",
            _ => $"(a)-[r{types}]-(b:Entity)",
        };
        var text =
            "UNWIND $frontier AS key\n" +
            "MATCH (a:Entity {key: key})\n" +
            "CALL (a) {\n" +
            $"  MATCH {pattern}\n" +
            "  WHERE $kinds IS NULL OR b.kind IN $kinds OR b.key = $root\n" +
            "  WITH DISTINCT r, b\n" +
            "  RETURN r, b ORDER BY type(r), b.name, r.key LIMIT $perNode\n" +
            "}\n" +
            "RETURN key, r, startNode(r).key AS fromKey, endNode(r).key AS toKey, b AS neighbour";
        return new CypherStatement(text, new Dictionary<string, object?>
        {
            ["frontier"] = frontier.ToList(),
            ["perNode"] = (long)perNodeLimit,
            ["kinds"] = spec.Kinds?.Select(GraphSchema.LabelOf).Order(StringComparer.Ordinal).ToList(),
            ["root"] = spec.RootKey,
        });
    }

    /// <summary>
    /// Paths between two entities with Neo4j's own path selectors: <c>ALL SHORTEST</c> (the first of them, in a stable
    /// order, for one shortest path, so that equal-length ties resolve the same way every time), or every simple path
    /// of a quantified pattern, shortest first. Relationships are followed in either direction.
    /// Null when no asked-for type exists.
    /// </summary>
    public static CypherStatement? Paths(PathSpec spec)
    {
        var types = RelationshipCypher.TypeExpression(spec.RelationshipTypes);
        if (types is null)
        {
            return null;
        }

        var maxLength = Math.Clamp(spec.MaxLength, 1, MaxPathLength).ToString(CultureInfo.InvariantCulture);
        var pattern = $"(a:Entity {{key: $from}})-[{types}]-{{1,{maxLength}}}(b:Entity {{key: $to}})";
        var text = spec.Mode switch
        {
            PathMode.Shortest =>
                $"MATCH p = ALL SHORTEST {pattern}\nRETURN p ORDER BY [n IN nodes(p) | n.key], [r IN relationships(p) | r.key]\nLIMIT 1",
            PathMode.AllShortest =>
                $"MATCH p = ALL SHORTEST {pattern}\nRETURN p ORDER BY [n IN nodes(p) | n.key], [r IN relationships(p) | r.key]\nLIMIT $first",
            _ =>
                $"MATCH p = {pattern}\n" +
                "WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])\n" +
                "RETURN p ORDER BY length(p), [n IN nodes(p) | n.key], [r IN relationships(p) | r.key]\nLIMIT $first",
        };
        return new CypherStatement(text, new Dictionary<string, object?>
        {
            ["from"] = spec.FromKey,
            ["to"] = spec.ToKey,
            ["first"] = (long)Math.Max(spec.First, 0),
        });
    }
}
