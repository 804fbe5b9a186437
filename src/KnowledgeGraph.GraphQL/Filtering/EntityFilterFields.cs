using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>
/// The fields of an entity type's filter input, in the order of the output type's fields: the ones every entity has,
/// the kind's properties (those an output object nests, as deprecated flat aliases), then the nested objects.
/// </summary>
public static class EntityFilterFields
{
    private static readonly IReadOnlyList<FilterFieldDefinition> Common =
    [
        new("id", typeof(IdOperationFilterInputType), "The entity's global id.", IdFilterTranslator.Translate),
        Scalar(EntityFields.Key, PropertyType.Text, "The entity's natural key."),
        new(EntityFields.Kind, typeof(EntityKindOperationFilterInputType), "The kind of entity.",
            (value, path) => OperationFilterTranslator.Translate(EntityFields.Kind, PropertyType.Text, value, path)),
        Scalar(EntityFields.Name, PropertyType.Text, "The entity's name."),
        new(EntityFields.Aliases, typeof(ListStringOperationFilterInputType), "The entity's other names.",
            (value, path) => ListFilterTranslator.Translate(EntityFields.Aliases,
                (element, elementPath) => OperationFilterTranslator.Translate(ListFilter.Element, PropertyType.Text, element, elementPath), value, path)),
        Scalar(EntityFields.Description, PropertyType.Text, "The entity's description."),
        new(EntityFields.Sources, typeof(ListFilterInputTypeOfSourceFilterInputType), "The sources the entity cites.",
            (value, path) => ListFilterTranslator.Translate(EntityFields.Sources,
                (element, elementPath) => ObjectFilterTranslator.Translate(SourceFilterInputType.Definitions, element, elementPath), value, path)),
        Scalar(EntityFields.Version, PropertyType.Integer, "The entity's version.", typeof(LongOperationFilterInputType)),
    ];

    private static readonly Dictionary<EntityKind, IReadOnlyList<NestedFilterObject>> NestedByKind = new()
    {
        [EntityKind.Project] = [InvestmentFilterInputType.Nested],
        [EntityKind.Region] = [CoordinatesFilterInputType.Nested],
    };

    private static readonly Dictionary<EntityKind, IReadOnlyList<FilterFieldDefinition>> ByKind =
        Enum.GetValues<EntityKind>().ToDictionary(kind => kind, Build);

    /// <summary>The fields for a kind; only the common ones for null (the <c>Entity</c> interface).</summary>
    public static IReadOnlyList<FilterFieldDefinition> Of(EntityKind? kind) => kind is { } k ? ByKind[k] : Common;

    private static IReadOnlyList<FilterFieldDefinition> Build(EntityKind kind)
    {
        var nested = NestedByKind.GetValueOrDefault(kind, []);
        var properties = EntityKinds.Get(kind).Properties.Select(p => Scalar(p.Name, p.Type, p.Description) with
        {
            DeprecationReason = nested.Select(n => n.DeprecationOf(p.Name)).FirstOrDefault(reason => reason is not null),
        });
        var objects = nested.Select(n => new FilterFieldDefinition(n.Name, n.InputType, n.Description, n.Translate));
        return [.. Common, .. properties, .. objects];
    }

    private static FilterFieldDefinition Scalar(string field, PropertyType type, string description, Type? inputType = null) => new(
        field,
        inputType ?? type switch
        {
            PropertyType.Integer => typeof(IntOperationFilterInputType),
            PropertyType.Number => typeof(FloatOperationFilterInputType),
            _ => typeof(StringOperationFilterInputType),
        },
        description,
        (value, path) => OperationFilterTranslator.Translate(field, type, value, path));
}
