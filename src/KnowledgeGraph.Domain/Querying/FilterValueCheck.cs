using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.Querying;

/// <summary>
/// The checks every store makes on a <see cref="FieldFilter"/> once it knows the field's type, so that both refuse the
/// same filters with the same codes: the number of values, their type, finite numbers, text operators on text, ordering
/// operators on numbers, and on <see cref="EntityFields.Kind"/> only equality with kind names.
/// </summary>
public static class FilterValueCheck
{
    public static void Check(FieldFilter filter, PropertyType fieldType, string path, bool isKind = false)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var op = filter.Operator;
        if (!FilterOperators.AcceptsValueCount(op, filter.Values.Count))
        {
            throw filter.Values.Count == 0
                ? new ValidationException(path, QueryCodes.MissingValue, $"The {op} filter on '{filter.Field}' needs a value.")
                : new ValidationException(path + ".value", ValidationCodes.InvalidValue, $"{op} takes {(op is FilterOperator.IsNull or FilterOperator.IsNotNull ? "no value" : "exactly one value")}.");
        }

        var numeric = fieldType != PropertyType.Text;
        var positive = FilterOperators.Complemented(op) ?? op;
        if (FilterOperators.IsTextMatch(positive) && (numeric || isKind))
        {
            throw new ValidationException(path + ".operator", QueryCodes.InvalidOperator,
                $"{op} applies to text fields only; '{filter.Field}' is {(isKind ? "a kind" : "numeric")}.");
        }

        if (FilterOperators.IsOrdering(positive) && !numeric)
        {
            throw new ValidationException(path + ".operator", QueryCodes.InvalidOperator,
                $"{op} applies to integer and number fields only; '{filter.Field}' is text.");
        }

        foreach (var value in filter.Values)
        {
            if (value.Type == PropertyType.Number && !double.IsFinite(value.Number))
            {
                throw new ValidationException(path + ".value", ValidationCodes.InvalidValue, "Numbers in filters must be finite.");
            }

            if ((value.Type != PropertyType.Text) != numeric)
            {
                throw new ValidationException(path + ".value", ValidationCodes.InvalidValue,
                    $"'{filter.Field}' is {(numeric ? "numeric" : "text")}; {value.Type} value '{value}' cannot be compared with it.");
            }

            if (isKind && !EntityKinds.TryParse(value.Text, out _))
            {
                throw new ValidationException(path + ".value", ValidationCodes.InvalidValue,
                    $"'{value}' is not a kind; use one of {string.Join(", ", Enum.GetNames<EntityKind>())}.");
            }
        }
    }
}
