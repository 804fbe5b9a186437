using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// Compares one field with one value (or, for <see cref="FilterOperator.In"/> and <see cref="FilterOperator.NotIn"/>,
/// a list of values). <see cref="Field"/> is one of <see cref="EntityFields"/> or a property name of the kind.
/// An entity that lacks the property matches only <see cref="FilterOperator.Neq"/>, <see cref="FilterOperator.NotIn"/>
/// and <see cref="FilterOperator.NotContains"/>.
/// </summary>
public sealed record FieldFilter(string Field, FilterOperator Operator, IReadOnlyList<PropertyValue> Values) : EntityFilter
{
    public FieldFilter(string field, FilterOperator op, PropertyValue value)
        : this(field, op, [value])
    {
    }

    public PropertyValue Value => Values[0];
}
