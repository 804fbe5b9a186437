using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>A field of a nested filter input and the kind property it reads.</summary>
public sealed record NestedFilterField(string Name, string Property, PropertyType Type, Type InputType, string Description);

/// <summary>
/// An object an entity type outputs from several of its properties (<c>coordinates</c>, <c>investment</c>), filtered
/// in the same shape. The object exists, as in the output, only when every <see cref="RequiredProperties"/> is present,
/// so any condition on it first asks for those; the flat properties stay filterable as deprecated aliases.
/// </summary>
public sealed record NestedFilterObject(
    string Name, Type InputType, string Description, IReadOnlyList<string> RequiredProperties, IReadOnlyList<NestedFilterField> NestedFields)
{
    /// <summary>The nested input's fields, each translating to a condition on its property.</summary>
    public IReadOnlyList<FilterFieldDefinition> Fields { get; } = NestedFields
        .Select(f => new FilterFieldDefinition(f.Name, f.InputType, f.Description,
            (value, path) => OperationFilterTranslator.Translate(f.Property, f.Type, value, path)))
        .ToList();

    /// <summary>Why the flat filter field of <paramref name="property"/> is deprecated, or null when this object does not carry it.</summary>
    public string? DeprecationOf(string property) =>
        NestedFields.FirstOrDefault(f => f.Property == property) is { } field ? $"Use {Name}: {{ {field.Name}: … }}, shaped as the output." : null;

    public EntityFilter Translate(object value, string path) => new AndFilter(
    [
        .. RequiredProperties.Select(p => new FieldFilter(p, FilterOperator.IsNotNull, [])),
        ObjectFilterTranslator.Translate(Fields, value, path),
    ]);
}
