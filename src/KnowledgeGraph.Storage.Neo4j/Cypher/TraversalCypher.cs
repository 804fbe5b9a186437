using System.Globalization;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
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

    /// <summary>The order of the shared path algorithms within one length: hop by hop, next entity key, then relationship key.</summary>
    private const string HopOrder = "[i IN range(0, length(p) - 1) | [nodes(p)[i + 1].key, relationships(p)[i].key]]";

    /// <summary>No entity twice on the path.</summary>
    private const string IsSimple = "all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])";

    /// <summary>
    /// One level of a neighbourhood: for every frontier entity, its relationships in the spec's types and direction
    /// leading to an entity of the spec's kinds, at most <paramref name="perNodeLimit"/> of them per entity, in
    /// neighbour-key then relationship-key order (the order of the shared expansion algorithm).
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
            "  WHERE $kinds IS NULL OR b.kind IN $kinds\n" +
            "  WITH DISTINCT r, b\n" +
            "  RETURN r, b ORDER BY b.key, r.key LIMIT $perNode\n" +
            "}\n" +
            "RETURN key, r, startNode(r).key AS fromKey, endNode(r).key AS toKey, b AS neighbour";
        return new CypherStatement(text, new Dictionary<string, object?>
        {
            ["frontier"] = frontier.ToList(),
            ["perNode"] = (long)perNodeLimit,
            ["kinds"] = spec.Kinds?.Select(GraphSchema.LabelOf).Order(StringComparer.Ordinal).ToList(),
        });
    }

    /// <summary>
    /// Paths between two entities with Neo4j's own path selectors, ordered as the shared path algorithms order them
    /// (hop by hop: next entity key, then relationship key; <see cref="HopOrder"/>). <c>ALL SHORTEST</c> (the first of
    /// them, in a stable order, for one shortest path, so that equal-length ties resolve the same way every time), or,
    /// for all simple paths, <c>SHORTEST k</c> with the simple-path test inside its parentheses: a pre-filter, so the
    /// selector stops once it holds the first k simple paths instead of enumerating every trail up to the length bound
    /// first. Which of several equal-length paths at the longest length it keeps is Neo4j's choice; read those again
    /// with <see cref="PathsOfLength"/>. Relationships are followed in either direction. Null when no asked-for type exists.
    /// </summary>
    public static CypherStatement? Paths(PathSpec spec)
    {
        var types = RelationshipCypher.TypeExpression(spec.RelationshipTypes);
        if (types is null)
        {
            return null;
        }

        var maxLength = Math.Clamp(spec.MaxLength, 1, MaxPathLength).ToString(CultureInfo.InvariantCulture);
        var pattern = Pattern(types, $"{{1,{maxLength}}}");
        var text = spec.Mode switch
        {
            PathMode.Shortest => $"MATCH p = ALL SHORTEST {pattern}\nRETURN p ORDER BY {HopOrder}\nLIMIT 1",
            PathMode.AllShortest => $"MATCH p = ALL SHORTEST {pattern}\nRETURN p ORDER BY {HopOrder}\nLIMIT $first",

            // SHORTEST takes its count as a literal in Cypher 5 (a parameter only from Cypher 25).
            _ => $"MATCH SHORTEST {Math.Max(spec.First, 1).ToString(CultureInfo.InvariantCulture)} (p = {pattern}\n  WHERE {IsSimple})\n" +
                $"RETURN p ORDER BY length(p), {HopOrder}",
        };
        return new CypherStatement(text, new Dictionary<string, object?>
        {
            ["from"] = spec.FromKey,
            ["to"] = spec.ToKey,
            ["first"] = (long)Math.Max(spec.First, 0),
        });
    }

    /// <summary>
    /// The first <paramref name="first"/> simple paths of exactly <paramref name="length"/> hops, in key order: the
    /// ties at the longest length of a <c>SHORTEST k</c> answer, chosen as the shared algorithms choose them. Null when no
    /// asked-for type exists.
    /// </summary>
    public static CypherStatement? PathsOfLength(PathSpec spec, int length, int first)
    {
        var types = RelationshipCypher.TypeExpression(spec.RelationshipTypes);
        if (types is null)
        {
            return null;
        }

        var quantifier = $"{{{Math.Clamp(length, 1, MaxPathLength).ToString(CultureInfo.InvariantCulture)}}}";
        return new CypherStatement(
            $"MATCH p = {Pattern(types, quantifier)}\nWHERE {IsSimple}\nRETURN p ORDER BY {HopOrder}\nLIMIT $first",
            new Dictionary<string, object?>
            {
                ["from"] = spec.FromKey,
                ["to"] = spec.ToKey,
                ["first"] = (long)Math.Max(first, 0),
            });
    }

    private static string Pattern(string types, string quantifier) =>
        $"(a:Entity {{key: $from}})-[{types}]-{quantifier}(b:Entity {{key: $to}})";
}
