using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Storage.Common.Querying;
using KnowledgeGraph.Storage.Sqlite.Mapping;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Translates an <see cref="EntityQuery"/> into SQL over <c>entities e</c>. Field names are checked against
/// <see cref="EntityFields"/> and <see cref="EntityKinds"/> before use, and every value (JSON paths included)
/// travels as a parameter.
/// </summary>
public static class EntityQueryTranslator
{
    public const string ErrorUnknownField = QueryCodes.UnknownField;
    public const string ErrorInvalidOperator = QueryCodes.InvalidOperator;
    public const string ErrorInvalidValue = ValidationCodes.InvalidValue;

    public static EntityQuerySql Translate(EntityQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new SqlParameters();
        var conditions = new List<string>();
        if (query.Kind is { } kind)
        {
            conditions.Add("e.kind = " + parameters.Add(kind.ToString()));
        }

        if (query.Filter is not null)
        {
            conditions.Add(TranslateFilter(query.Filter, query.Kind, parameters, "filter"));
        }

        var where = conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
        return EntityQuerySql.Of(query, where, TranslateOrder(query.Order, query.Kind, parameters), parameters);
    }

    private static string TranslateFilter(EntityFilter filter, EntityKind? kind, SqlParameters parameters, string path) => filter switch
    {
        AndFilter and => and.Operands.Count == 0
            ? "1"
            : "(" + string.Join(" AND ", and.Operands.Select((f, i) => TranslateFilter(f, kind, parameters, $"{path}.and[{i}]"))) + ")",
        OrFilter or => or.Operands.Count == 0
            ? "0"
            : "(" + string.Join(" OR ", or.Operands.Select((f, i) => TranslateFilter(f, kind, parameters, $"{path}.or[{i}]"))) + ")",
        FieldFilter field => TranslateField(field, kind, parameters, path),
        _ => throw new ValidationException(path, ErrorInvalidOperator, $"Unsupported filter {filter.GetType().Name}."),
    };

    private static string TranslateField(FieldFilter filter, EntityKind? kind, SqlParameters parameters, string path)
    {
        var target = Resolve(filter.Field, kind, parameters, path + ".field");
        var numeric = target.Type != PropertyType.Text;
        var values = filter.Values;
        foreach (var value in values)
        {
            if (value.Type == PropertyType.Number && !double.IsFinite(value.Number))
            {
                throw new ValidationException(path + ".value", ErrorInvalidValue, "Numbers in filters must be finite.");
            }

            if ((value.Type != PropertyType.Text) != numeric)
            {
                throw new ValidationException(path + ".value", ErrorInvalidValue,
                    $"'{filter.Field}' is {(numeric ? "numeric" : "text")}; {value.Type} value '{value}' cannot be compared with it.");
            }
        }

        if (filter.Operator is not (FilterOperator.In or FilterOperator.NotIn) && values.Count != 1)
        {
            throw new ValidationException(path + ".value", ErrorInvalidValue, $"{filter.Operator} takes exactly one value.");
        }

        var orMissing = target.Nullable ? $"{target.Value} IS NULL OR " : string.Empty;
        var orMissingFolded = target.Nullable ? $"{target.Folded} IS NULL OR " : string.Empty;
        switch (filter.Operator)
        {
            case FilterOperator.Eq:
                return $"{target.Value} = {parameters.Add(values[0].AsObject())}";
            case FilterOperator.Neq:
                return $"({orMissing}{target.Value} <> {parameters.Add(values[0].AsObject())})";
            case FilterOperator.In:
                return values.Count == 0 ? "0" : $"{target.Value} IN (SELECT value FROM json_each({parameters.Add(ToJsonArray(values))}))";
            case FilterOperator.NotIn:
                return values.Count == 0
                    ? "1"
                    : $"({orMissing}{target.Value} NOT IN (SELECT value FROM json_each({parameters.Add(ToJsonArray(values))})))";
            case FilterOperator.Contains:
                RequireText(filter, numeric, path);
                return $"instr({target.Folded}, {parameters.Add(TextFolding.Fold(values[0].Text!))}) > 0";
            case FilterOperator.NotContains:
                RequireText(filter, numeric, path);
                return $"({orMissingFolded}instr({target.Folded}, {parameters.Add(TextFolding.Fold(values[0].Text!))}) = 0)";
            case FilterOperator.StartsWith:
                RequireText(filter, numeric, path);
                var folded = TextFolding.Fold(values[0].Text!);
                var prefix = parameters.Add(folded);
                var startsWith = $"substr({target.Folded}, 1, length({prefix})) = {prefix}";
                if (target.RangeColumn is null || folded.Length == 0)
                {
                    return startsWith;
                }

                // A range on the indexed column narrows the scan; the substr test keeps the match exact.
                return $"({target.RangeColumn} >= {prefix} AND {target.RangeColumn} < {parameters.Add(folded + char.ConvertFromUtf32(0x10FFFF))} AND {startsWith})";
            case FilterOperator.Gt:
            case FilterOperator.Gte:
            case FilterOperator.Lt:
            case FilterOperator.Lte:
                if (!numeric)
                {
                    throw new ValidationException(path + ".operator", ErrorInvalidOperator,
                        $"{filter.Operator} applies to integer and number fields only; '{filter.Field}' is text.");
                }

                var comparison = filter.Operator switch
                {
                    FilterOperator.Gt => ">",
                    FilterOperator.Gte => ">=",
                    FilterOperator.Lt => "<",
                    _ => "<=",
                };
                return $"{target.Value} {comparison} {parameters.Add(values[0].AsObject())}";
            default:
                throw new ValidationException(path + ".operator", ErrorInvalidOperator, $"Unsupported operator {filter.Operator}.");
        }
    }

    private static void RequireText(FieldFilter filter, bool numeric, string path)
    {
        if (numeric)
        {
            throw new ValidationException(path + ".operator", ErrorInvalidOperator,
                $"{filter.Operator} applies to text fields only; '{filter.Field}' is numeric.");
        }
    }

    private static List<SortTerm> TranslateOrder(IReadOnlyList<SortField> order, EntityKind? kind, SqlParameters parameters) =>
        new EntitySortOrder(order).Fields
            .Select((sort, i) =>
            {
                var target = Resolve(sort.Field, kind, parameters, $"order[{i}].field");
                return new SortTerm(target.Sort, sort.Direction, target.Nullable);
            })
            .ToList();

    private static FieldTarget Resolve(string field, EntityKind? kind, SqlParameters parameters, string path)
    {
        switch (field)
        {
            case EntityFields.Key:
                return new FieldTarget("e.key", "e.key", PropertyType.Text, Nullable: false, RangeColumn: "e.key");
            case EntityFields.Name:
                return new FieldTarget("e.name", "e.name_folded", PropertyType.Text, Nullable: false, RangeColumn: "e.name_folded", SortKey: "e.name_sort");
            case EntityFields.Description:
                return new FieldTarget("e.description", "e.description_folded", PropertyType.Text, Nullable: true, SortKey: "e.description_sort");
        }

        var definitions = kind is { } k
            ? [EntityKinds.Get(k).Find(field)]
            : EntityKinds.All.Select(d => d.Find(field)).ToArray();
        var types = definitions.OfType<PropertyDefinition>().Select(d => d.Type == PropertyType.Text ? PropertyType.Text : PropertyType.Number)
            .Distinct().ToList();
        if (types.Count != 1)
        {
            var owner = kind?.ToString() ?? "any kind";
            throw new ValidationException(path, ErrorUnknownField, types.Count == 0
                ? $"'{field}' is not a field of {owner}; use {string.Join(", ", EntityFields.All)} or a declared property."
                : $"'{field}' has different types in different kinds; restrict the query to one kind.");
        }

        // The name is a declared property (checked above); the JSON path still travels as a parameter.
        var jsonPath = parameters.Add("$." + field);
        return new FieldTarget(
            $"json_extract(e.properties, {jsonPath})",
            $"json_extract(e.properties_folded, {jsonPath})",
            types[0],
            Nullable: true,
            SortKey: types[0] == PropertyType.Text ? $"json_extract(e.properties_sort, {jsonPath})" : null);
    }

    private static string ToJsonArray(IReadOnlyList<PropertyValue> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                switch (value.Type)
                {
                    case PropertyType.Text:
                        writer.WriteStringValue(value.Text);
                        break;
                    case PropertyType.Integer:
                        writer.WriteNumberValue(value.Integer);
                        break;
                    default:
                        writer.WriteRawValue(value.Number.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
                        break;
                }
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
