using System.Collections;
using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Turns a parsed <c>XxxFilterInput</c> value into the store's <see cref="EntityFilter"/> tree.</summary>
public static class FilterTranslator
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.Ordinal)
    {
        ["eq"] = FilterOperator.Eq,
        ["neq"] = FilterOperator.Neq,
        ["in"] = FilterOperator.In,
        ["nin"] = FilterOperator.NotIn,
        ["contains"] = FilterOperator.Contains,
        ["ncontains"] = FilterOperator.NotContains,
        ["startsWith"] = FilterOperator.StartsWith,
        ["gt"] = FilterOperator.Gt,
        ["gte"] = FilterOperator.Gte,
        ["lt"] = FilterOperator.Lt,
        ["lte"] = FilterOperator.Lte,
    };

    /// <summary>The filter for a <c>where</c> argument, or null when none was given.</summary>
    public static EntityFilter? Translate(object? where, EntityKind? kind, string path = "where") =>
        where is IDictionary<string, object?> input ? TranslateObject(input, kind, path) : null;

    private static EntityFilter TranslateObject(IDictionary<string, object?> input, EntityKind? kind, string path)
    {
        var operands = new List<EntityFilter>();
        foreach (var (name, value) in input)
        {
            var fieldPath = $"{path}.{name}";
            if (value is null)
            {
                throw new ValidationException(fieldPath, ErrorCodes.NullNotSupported, $"{fieldPath} must not be null; leave it out instead.");
            }

            switch (name)
            {
                case "and":
                    operands.Add(new AndFilter(TranslateList(value, kind, fieldPath)));
                    break;
                case "or":
                    operands.Add(new OrFilter(TranslateList(value, kind, fieldPath)));
                    break;
                default:
                    var field = FilterFields.Find(kind, name)
                        ?? throw new ValidationException(fieldPath, QueryCodes.UnknownField, $"{name} cannot be filtered on.");
                    operands.AddRange(TranslateOperations(field, (IDictionary<string, object?>)value, fieldPath));
                    break;
            }
        }

        return operands.Count == 1 ? operands[0] : new AndFilter(operands);
    }

    private static List<EntityFilter> TranslateList(object value, EntityKind? kind, string path) =>
        Items(value).Select((item, i) => TranslateObject((IDictionary<string, object?>)item!, kind, $"{path}[{i}]")).ToList();

    private static IEnumerable<FieldFilter> TranslateOperations(PropertyDefinition field, IDictionary<string, object?> operations, string path)
    {
        foreach (var (name, value) in operations)
        {
            var operationPath = $"{path}.{name}";
            if (value is null)
            {
                throw new ValidationException(operationPath, ErrorCodes.NullNotSupported, $"{operationPath} must not be null: null comparisons are not supported.");
            }

            var op = Operators[name];
            IReadOnlyList<PropertyValue> values = op is FilterOperator.In or FilterOperator.NotIn
                ? Items(value).Select(v => ToValue(field.Type, v!)).ToList()
                : [ToValue(field.Type, value)];
            yield return new FieldFilter(field.Name, op, values);
        }
    }

    private static PropertyValue ToValue(PropertyType type, object value) => type switch
    {
        PropertyType.Integer => PropertyValue.FromInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        PropertyType.Number => PropertyValue.FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => PropertyValue.FromText(Convert.ToString(value, CultureInfo.InvariantCulture)!),
    };

    private static IEnumerable<object?> Items(object value) => value is IEnumerable items and not string ? items.Cast<object?>() : [value];
}
