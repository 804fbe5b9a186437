using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Typed-JSON values as the Query API sends them, for scripting the fake server.</summary>
public static class TypedValues
{
    public static string Str(string value) => $$"""{"$type":"String","_value":"{{value}}"}""";

    public static string Int(long value) => $$"""{"$type":"Integer","_value":"{{value}}"}""";

    public static string List(params string[] items) => $$"""{"$type":"List","_value":[{{string.Join(',', items)}}]}""";

    public static string EntityNode(string key, string kind, string name, long version = 1) =>
        "{\"$type\":\"Node\",\"_value\":{\"_element_id\":\"4:x:" + key + "\",\"_labels\":[\"Entity\",\"" + kind + "\"],\"_properties\":{" +
        "\"key\":" + Str(key) + ",\"kind\":" + Str(kind) + ",\"name\":" + Str(name) + ",\"aliases\":" + List() +
        ",\"sourceKeys\":" + List(Str("test-source")) + ",\"version\":" + Int(version) + "}}}";

    public static string RelationshipValue(string key, string type, string fromKey, string toKey, string? role = null) =>
        Relationship(key, type, fromKey, toKey,
            "\"key\":" + Str(key) + ",\"confidence\":" + Str("Confirmed") + ",\"sourceKeys\":" + List(Str("test-source")) +
            (role is null ? string.Empty : ",\"role\":" + Str(role)));

    /// <summary>
    /// A relationship as Neo4j 5.26 returns one that the same statement deleted (neo4j/neo4j#13714): its identity and
    /// type, but none of its properties.
    /// </summary>
    public static string DeletedRelationshipValue(string key, string type, string fromKey, string toKey) =>
        Relationship(key, type, fromKey, toKey, string.Empty);

    private static string Relationship(string key, string type, string fromKey, string toKey, string properties) =>
        "{\"$type\":\"Relationship\",\"_value\":{\"_element_id\":\"5:x:" + key + "\",\"_start_node_element_id\":\"4:x:" + fromKey +
        "\",\"_end_node_element_id\":\"4:x:" + toKey + "\",\"_type\":\"" + type + "\",\"_properties\":{" + properties + "}}}";

    /// <summary>A path through entities <paramref name="nodeKeys"/>, each hop a forward LOCATED_IN named by <paramref name="relationshipKeys"/>.</summary>
    public static string PathValue(string[] nodeKeys, string[] relationshipKeys)
    {
        var elements = new List<string> { EntityNode(nodeKeys[0], "Project", nodeKeys[0]) };
        for (var i = 0; i < relationshipKeys.Length; i++)
        {
            elements.Add(RelationshipValue(relationshipKeys[i], RelationshipTypes.LocatedIn, nodeKeys[i], nodeKeys[i + 1]));
            elements.Add(EntityNode(nodeKeys[i + 1], "Project", nodeKeys[i + 1]));
        }

        return "{\"$type\":\"Path\",\"_value\":[" + string.Join(',', elements) + "]}";
    }

    public static string SourceNode(string key) =>
        "{\"$type\":\"Node\",\"_value\":{\"_element_id\":\"4:s:" + key + "\",\"_labels\":[\"Source\"],\"_properties\":{\"key\":" + Str(key) +
        ",\"title\":" + Str("Source " + key) + "}}}";

    /// <summary>
    /// A <c>(:Change)</c> node of an entity; a creation stored compactly carries no <c>after</c> (and no field list),
    /// anything else the JSON states given.
    /// </summary>
    public static string ChangeNode(long sequence, string key, string operation, string? before = null, string? after = null) =>
        "{\"$type\":\"Node\",\"_value\":{\"_element_id\":\"4:c:" + sequence + "\",\"_labels\":[\"Change\"],\"_properties\":{" +
        "\"sequence\":" + Int(sequence) + ",\"subjectKind\":" + Str("Entity") + ",\"subjectKey\":" + Str(key) + ",\"operation\":" + Str(operation) +
        ",\"at\":" + Str("2026-03-14T13:30:05.0000000Z") + ",\"graphVersion\":" + Int(sequence) + ",\"entityKind\":" + Str("Project") +
        ",\"version\":" + Int(1) +
        (before is null ? string.Empty : ",\"before\":" + JsonString(before)) + (after is null ? string.Empty : ",\"after\":" + JsonString(after)) + "}}}";

    /// <summary>A string value holding any text, JSON-escaped (a snapshot, for instance).</summary>
    public static string JsonString(string text) => "{\"$type\":\"String\",\"_value\":" + System.Text.Json.JsonSerializer.Serialize(text) + "}";
}
