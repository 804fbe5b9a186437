using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Storage.Common.Neo4jLayout;

/// <summary>
/// How the graph is laid out in Neo4j. Entities are <c>(:Entity:&lt;Kind&gt;)</c> nodes whose kind-specific
/// properties sit beside the common ones; relationships carry the registry type as their Neo4j type; sources are
/// <c>(:Source)</c> nodes, cited by key from the <c>sourceKeys</c> list of entities and relationships alike
/// (a relationship cannot point at a node, so both use the same list); one <c>(:GraphMeta)</c> node holds the
/// graph version and the last change-history sequence number; each recorded change is a <c>(:Change)</c> node, linked
/// to nothing so that it outlives its subject. Shared by the Neo4j adapter and the Cypher export, which writes the same
/// layout without depending on the adapter.
/// </summary>
public static class GraphSchema
{
    public const string EntityLabel = "Entity";
    public const string SourceLabel = "Source";
    public const string MetaLabel = "GraphMeta";
    public const string MetaId = "graph";

    /// <summary>The property of the graph-version node that holds <see cref="MetaId"/>.</summary>
    public const string MetaIdProperty = "id";

    /// <summary>The graph-version node's last change-history sequence number used.</summary>
    public const string ChangeSequence = "changeSequence";
    public const string ChangeLabel = "Change";

    /// <summary>
    /// The graph-version node's <see cref="Domain.Querying.Collation.KeyEncoding"/> in which every entity's
    /// <see cref="SortKeyOf"/> properties are spelled; absent before encoding 2, whose keys are respelled on start.
    /// </summary>
    public const string SortKeyEncoding = "sortKeyEncoding";

    public const string FullTextIndex = "entity_text";

    /// <summary>
    /// The procedures the statements call, all built into Neo4j 5: nothing else (no plug-in such as APOC) may be
    /// assumed on the server. The test suite's Cypher check refuses a call to any other.
    /// </summary>
    public static IReadOnlyList<string> Procedures { get; } = ["db.index.fulltext.queryNodes", "db.awaitIndexes"];

    /// <summary>The property of a <c>(:Change)</c> node naming the write attempt that recorded it.</summary>
    public const string WriteId = "writeId";

    public const string Key = "key";
    public const string Kind = "kind";
    public const string Name = "name";
    public const string Aliases = "aliases";

    /// <summary>The aliases joined into one string, so the full-text index can read them on every Neo4j 5 version.</summary>
    public const string AliasText = "aliasText";
    public const string Description = "description";
    public const string SourceKeys = "sourceKeys";

    /// <summary>The citations as one JSON string (<see cref="Storage.Common.CitationJson"/>): Neo4j has no lists of maps. Absent when there are none.</summary>
    public const string Citations = "citations";
    public const string Version = "version";

    /// <summary>
    /// The property holding the <see cref="Domain.Querying.Collation.Key"/> of the text field <paramref name="field"/>
    /// (<c>nameSortKey</c>, <c>sectorSortKey</c>…), which sorting compares.
    /// </summary>
    public static string SortKeyOf(string field) => field + "SortKey";

    /// <summary>The node constraints and indexes the store creates on start and the Cypher export writes first.</summary>
    public static IReadOnlyList<string> NodeConstraintsAndIndexes { get; } =
    [
        "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE",
        "CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE s.key IS UNIQUE",
        "CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE",
        $"CREATE CONSTRAINT change_sequence IF NOT EXISTS FOR (c:{ChangeLabel}) REQUIRE c.sequence IS UNIQUE",
        $"CREATE INDEX change_subject IF NOT EXISTS FOR (c:{ChangeLabel}) ON (c.subjectKey)",
        "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
        "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
        $"CREATE INDEX entity_name_sort IF NOT EXISTS FOR (n:Entity) ON (n.{SortKeyOf(Name)})",
        $"CREATE FULLTEXT INDEX {FullTextIndex} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description]",
    ];

    /// <summary>The node label of a kind: the enum name, never anything a user typed.</summary>
    public static string LabelOf(EntityKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind.");
}
