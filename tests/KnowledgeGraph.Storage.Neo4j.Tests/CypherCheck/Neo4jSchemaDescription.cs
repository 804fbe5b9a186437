using System.Text.Json.Serialization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// What the Cypher check may assume the database holds, read off the project's registries: the labels of
/// <see cref="GraphSchema"/> and of every <see cref="EntityKind"/>, the registry's relationship types and the kinds
/// each joins (an <c>(:Entity)</c> at both ends as well, as every statement matches entities by that label), every
/// property key the store's mappers write plus those of the graph-version node, and the procedures
/// <see cref="GraphSchema.Procedures"/> names (their signatures come from Neo4j itself, in the check). Serialised
/// with the names of the front-end's own schema (<c>DbSchema</c>).
/// </summary>
public sealed record Neo4jSchemaDescription(
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("relationshipTypes")] IReadOnlyList<string> Types,
    [property: JsonPropertyName("propertyKeys")] IReadOnlyList<string> PropertyKeys,
    [property: JsonPropertyName("procedures")] IReadOnlyList<string> Procedures,
    [property: JsonPropertyName("graphSchema")] IReadOnlyList<Neo4jSchemaDescription.Segment> Segments)
{
    /// <summary>One allowed <c>(:From)-[:RelType]->(:To)</c>.</summary>
    public sealed record Segment(
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("to")] string To,
        [property: JsonPropertyName("relType")] string RelType);

    public static Neo4jSchemaDescription FromRegistries()
    {
        var labels = new[] { GraphSchema.EntityLabel, GraphSchema.SourceLabel, GraphSchema.MetaLabel, GraphSchema.ChangeLabel }
            .Concat(Enum.GetValues<EntityKind>().Select(GraphSchema.LabelOf));
        var segments = RelationshipTypes.All.SelectMany(type =>
            type.FromKinds.SelectMany(from => type.ToKinds.Select(to => new Segment(GraphSchema.LabelOf(from), GraphSchema.LabelOf(to), type.Name)))
                .Append(new Segment(GraphSchema.EntityLabel, GraphSchema.EntityLabel, type.Name)));
        // Properties the statements set beside what the mappers write: the graph-version node's, and a change's write attempt.
        var metaKeys = new[] { GraphSchema.MetaIdProperty, GraphSchema.Version, GraphSchema.ChangeSequence, GraphSchema.WriteId, GraphSchema.SortKeyEncoding };
        return new Neo4jSchemaDescription(
            Sorted(labels),
            Sorted(RelationshipTypes.All.Select(t => t.Name)),
            Sorted(SampleRecords.PropertyKeys().Concat(metaKeys)),
            GraphSchema.Procedures,
            segments.ToList());
    }

    private static List<string> Sorted(IEnumerable<string> names) => names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
