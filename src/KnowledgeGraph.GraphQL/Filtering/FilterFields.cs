using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>The fields a filter or sort input offers for a kind: the common <see cref="EntityFields"/> and the kind's properties.</summary>
public static class FilterFields
{
    private static readonly PropertyDefinition[] Common =
    [
        new(EntityFields.Key, PropertyType.Text, "The entity's natural key."),
        new(EntityFields.Name, PropertyType.Text, "The entity's name."),
        new(EntityFields.Description, PropertyType.Text, "The entity's description."),
    ];

    /// <summary>Common fields first, then the kind's properties in declaration order; only the common ones for null (all kinds).</summary>
    public static IReadOnlyList<PropertyDefinition> Of(EntityKind? kind) =>
        kind is null ? Common : [.. Common, .. EntityKinds.Get(kind.Value).Properties];

    public static PropertyDefinition? Find(EntityKind? kind, string name) =>
        Of(kind).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
