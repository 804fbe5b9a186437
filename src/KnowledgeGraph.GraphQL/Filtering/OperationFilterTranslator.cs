using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>
/// Translates the value of an operation input (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>…) on one
/// field: each operator a <see cref="FieldFilter"/>, <c>and</c>/<c>or</c> lists of further conditions on the same field,
/// <c>eq: null</c> and <c>neq: null</c> the null checks.
/// </summary>
public static class OperationFilterTranslator
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
        ["nstartsWith"] = FilterOperator.NotStartsWith,
        ["endsWith"] = FilterOperator.EndsWith,
        ["nendsWith"] = FilterOperator.NotEndsWith,
        ["gt"] = FilterOperator.Gt,
        ["ngt"] = FilterOperator.NotGt,
        ["gte"] = FilterOperator.Gte,
        ["ngte"] = FilterOperator.NotGte,
        ["lt"] = FilterOperator.Lt,
        ["nlt"] = FilterOperator.NotLt,
        ["lte"] = FilterOperator.Lte,
        ["nlte"] = FilterOperator.NotLte,
    };

    public static EntityFilter Translate(string field, PropertyType type, object value, string path)
    {
        var operands = new List<EntityFilter>();
        foreach (var (name, operand) in FilterInputValues.Object(value))
        {
            var operationPath = $"{path}.{name}";
            operands.Add(name switch
            {
                "and" => new AndFilter(TranslateList(field, type, operand, operationPath)),
                "or" => new OrFilter(TranslateList(field, type, operand, operationPath)),
                _ => TranslateOperation(field, type, name, operand, operationPath),
            });
        }

        return operands.Count == 1 ? operands[0] : new AndFilter(operands);
    }

    private static List<EntityFilter> TranslateList(string field, PropertyType type, object? value, string path) => value is null
        ? throw FilterInputValues.NullRefused(path, "leave it out instead")
        : FilterInputValues.Items(value).Select((item, i) => Translate(field, type, item!, $"{path}[{i}]")).ToList();

    private static FieldFilter TranslateOperation(string field, PropertyType type, string name, object? value, string path)
    {
        var op = Operators.TryGetValue(name, out var known)
            ? known
            : throw new ValidationException(path, QueryCodes.UnknownOperator, $"{name} is not a filter operator.");
        if (value is null)
        {
            return op switch
            {
                FilterOperator.Eq => new FieldFilter(field, FilterOperator.IsNull, []),
                FilterOperator.Neq => new FieldFilter(field, FilterOperator.IsNotNull, []),
                _ => throw FilterInputValues.NullRefused(path, "only eq and neq compare with null"),
            };
        }

        IReadOnlyList<PropertyValue> values = op is FilterOperator.In or FilterOperator.NotIn
            ? FilterInputValues.Items(value).Select(v => FilterInputValues.ToValue(type, v!)).ToList()
            : [FilterInputValues.ToValue(type, value)];
        return new FieldFilter(field, op, values);
    }
}
