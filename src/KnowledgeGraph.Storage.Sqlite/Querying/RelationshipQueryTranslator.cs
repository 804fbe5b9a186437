using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Sqlite.Mapping;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Translates a <see cref="RelationshipQuery"/> into one statement over a batch of anchors, bound to the JSON array
/// parameter <see cref="AnchorsParameter"/>. Each direction is a branch that reads an adjacency index
/// (<c>from_key</c> or <c>to_key</c>, then <c>type</c>) and joins the neighbour by key. Result columns: the anchor key,
/// 0 for outgoing or 1 for incoming, the relationship (<see cref="RelationshipRows"/>), the neighbour (<see cref="EntityRows"/>);
/// rows come ordered by anchor, type, neighbour name, relationship key. A self-relationship appears only in the outgoing branch.
/// </summary>
public static class RelationshipQueryTranslator
{
    public const string AnchorsParameter = "$anchors";

    public const int RelationshipOffset = 2;

    public const int NeighbourOffset = RelationshipOffset + RelationshipRows.ColumnCount;

    /// <summary>The SQL and its parameters (besides <see cref="AnchorsParameter"/>), or null when the query cannot match anything.</summary>
    public static (string Sql, SqlParameters Parameters)? Translate(RelationshipQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Types is { Count: 0 } || query.NeighbourKinds is { Count: 0 })
        {
            return null;
        }

        var parameters = new SqlParameters();
        var conditions = new List<string>();
        if (query.Types is not null)
        {
            conditions.Add($"r.type IN (SELECT value FROM json_each({parameters.Add(PropertyJson.WriteStrings(query.Types.Order(StringComparer.Ordinal)))}))");
        }

        if (query.NeighbourKinds is not null)
        {
            var kinds = PropertyJson.WriteStrings(query.NeighbourKinds.Select(k => k.ToString()).Order(StringComparer.Ordinal));
            conditions.Add($"n.kind IN (SELECT value FROM json_each({parameters.Add(kinds)}))");
        }

        if (query.Role is not null)
        {
            conditions.Add($"r.role = {parameters.Add(query.Role)}");
        }

        var extra = string.Concat(conditions.Select(c => " AND " + c));
        var columns = $"{RelationshipRows.Columns("r")}, {EntityRows.Columns("n")}";
        var branches = new List<string>();
        if (query.Direction != RelationshipDirection.Incoming)
        {
            branches.Add($"SELECT r.from_key AS anchor_key, 0 AS incoming, {columns} " +
                "FROM relationships r CROSS JOIN entities n " +
                $"WHERE r.from_key IN (SELECT value FROM json_each({AnchorsParameter})) AND n.key = r.to_key{extra}");
        }

        if (query.Direction != RelationshipDirection.Outgoing)
        {
            branches.Add($"SELECT r.to_key AS anchor_key, 1 AS incoming, {columns} " +
                "FROM relationships r CROSS JOIN entities n " +
                $"WHERE r.to_key IN (SELECT value FROM json_each({AnchorsParameter})) AND r.from_key <> r.to_key AND n.key = r.from_key{extra}");
        }

        // ORDER BY result positions (1-based): anchor, relationship type, neighbour name, relationship key.
        const int relationshipKey = RelationshipOffset + 1;
        const int relationshipType = RelationshipOffset + 2;
        const int neighbourName = NeighbourOffset + 3;
        var sql = string.Join(" UNION ALL ", branches) + $" ORDER BY 1, {relationshipType}, {neighbourName}, {relationshipKey}";
        return (sql, parameters);
    }
}
