using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// Compares one field with one value (or, for <see cref="FilterOperator.In"/> and <see cref="FilterOperator.NotIn"/>,
/// a list of values; for <see cref="FilterOperator.IsNull"/> and <see cref="FilterOperator.IsNotNull"/>, none).
/// <see cref="Field"/> is one of <see cref="EntityFields"/> or a property name of the kind; inside a
/// <see cref="ListFilter"/> it is <see cref="ListFilter.Element"/> or one of <see cref="SourceFields"/>.
/// An entity that lacks the value matches only the negated operators and <see cref="FilterOperator.IsNull"/>
/// (see <see cref="FilterOperator"/>). The <see cref="EntityFields.Kind"/> field compares kind names
/// (<c>Project</c>) with Eq, Neq, In and NotIn only.
/// </summary>
public sealed record FieldFilter(string Field, FilterOperator Operator, IReadOnlyList<PropertyValue> Values) : EntityFilter
{
    public FieldFilter(string field, FilterOperator op, PropertyValue value)
        : this(field, op, [value])
    {
    }

    public PropertyValue Value => Values[0];
}
