namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// A front-end warning accepted on purpose: on statements whose builder name starts with <see cref="Builder"/> (empty:
/// any), a warning whose message matches <see cref="Pattern"/> (a JavaScript regular expression), for
/// <see cref="Reason"/>. Every other warning fails the check.
/// </summary>
public sealed record AllowedWarning(string Builder, string Pattern, string Reason)
{
    public static IReadOnlyList<AllowedWarning> All { get; } =
    [
        new(
            ExportStatements.Builder,
            "cartesian product",
            "the export matches a relationship's two ends by key, (a:Entity {key: …}), (b:Entity {key: …}); each side is at " +
            "most one node, found through the entity_key uniqueness constraint, so the product is one row"),
        new(
            string.Empty,
            "^(fromKey|toKey) is not present in the database",
            "a false alarm of the package's own property check (not of Neo4j's front-end): it credits row.fromKey inside " +
            "(a:Entity {key: row.fromKey}) to the node a, but fromKey and toKey are keys of the $rows parameter's maps, never " +
            "properties"),
    ];
}
