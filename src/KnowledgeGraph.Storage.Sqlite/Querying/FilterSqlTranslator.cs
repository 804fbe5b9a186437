using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Storage.Sqlite.Mapping;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Translates an <see cref="EntityFilter"/> tree into a condition over <c>entities e</c>. Every comparison is written so
/// that a missing value fails the positive operator and passes its negation (<see cref="FilterOperator"/>); list filters
/// become <c>EXISTS</c> over the aliases' JSON array or the <c>entity_sources</c> table. Key, kind and name comparisons
/// keep the plain column on the left so that their indexes serve <c>eq</c>, <c>in</c> and prefix ranges.
/// </summary>
internal static class FilterSqlTranslator
{
    private const string KindColumn = "e.kind";

    private delegate FieldTarget Resolver(string field, string path);

    public static string Translate(EntityFilter filter, EntityKind? kind, SqlParameters parameters, string path) =>
        Translate(filter, (field, fieldPath) => ResolveEntityField(field, kind, parameters, fieldPath), inList: false, parameters, path);

    private static string Translate(EntityFilter filter, Resolver resolve, bool inList, SqlParameters parameters, string path) => filter switch
    {
        AndFilter and => and.Operands.Count == 0
            ? "1"
            : "(" + string.Join(" AND ", and.Operands.Select((f, i) => Translate(f, resolve, inList, parameters, $"{path}.and[{i}]"))) + ")",
        OrFilter or => or.Operands.Count == 0
            ? "0"
            : "(" + string.Join(" OR ", or.Operands.Select((f, i) => Translate(f, resolve, inList, parameters, $"{path}.or[{i}]"))) + ")",
        FieldFilter field => TranslateField(field, resolve(field.Field, path + ".field"), parameters, path),
        ListFilter list when !inList => TranslateList(list, parameters, path),
        ListFilter => throw new ValidationException(path, QueryCodes.InvalidOperator, "A list filter cannot be nested in another list's element condition."),
        _ => throw new ValidationException(path, QueryCodes.InvalidOperator, $"Unsupported filter {filter.GetType().Name}."),
    };

    private static FieldTarget ResolveEntityField(string field, EntityKind? kind, SqlParameters parameters, string path) => field switch
    {
        EntityFields.Kind => new FieldTarget(KindColumn, KindColumn, PropertyType.Text, Nullable: false),
        EntityFields.Version => new FieldTarget("e.version", "e.version", PropertyType.Integer, Nullable: false),
        EntityFields.Aliases or EntityFields.Sources => throw new ValidationException(path, QueryCodes.InvalidOperator,
            $"'{field}' is a list; compare its elements with all, none or some."),
        _ => EntityQueryTranslator.Resolve(field, kind, parameters, path),
    };

    private static string TranslateList(ListFilter list, SqlParameters parameters, string path)
    {
        var (from, resolve) = list.Field switch
        {
            EntityFields.Aliases => ("json_each(e.aliases) a WHERE 1", (Resolver)ResolveAlias),
            EntityFields.Sources => ("entity_sources es JOIN sources s ON s.key = es.source_key WHERE es.entity_key = e.key", ResolveSource),
            _ => (null, null),
        };
        if (from is null || resolve is null)
        {
            throw new ValidationException(path + ".field", QueryCodes.UnknownField, $"'{list.Field}' is not a list field; use {EntityFields.Aliases} or {EntityFields.Sources}.");
        }

        var condition = list.Condition is null ? "1" : Translate(list.Condition, resolve, inList: true, parameters, $"{path}.{Name(list.Quantifier)}");
        return list.Quantifier switch
        {
            ListQuantifier.Some => $"EXISTS (SELECT 1 FROM {from} AND {condition})",
            ListQuantifier.None => $"NOT EXISTS (SELECT 1 FROM {from} AND {condition})",

            // An element whose condition is undecided (NULL) is not a match, so it breaks "all".
            _ => $"NOT EXISTS (SELECT 1 FROM {from} AND ({condition}) IS NOT 1)",
        };
    }

    private static string Name(ListQuantifier quantifier) => quantifier.ToString().ToLowerInvariant();

    private static FieldTarget ResolveAlias(string field, string path) => field == ListFilter.Element
        ? new FieldTarget("a.value", $"{SqlFunctions.Fold}(a.value)", PropertyType.Text, Nullable: false)
        : throw new ValidationException(path, QueryCodes.UnknownField, $"An alias is text; compare it directly, not its '{field}'.");

    private static FieldTarget ResolveSource(string field, string path) => field switch
    {
        SourceFields.Key => new FieldTarget("s.key", "s.key", PropertyType.Text, Nullable: false),
        SourceFields.Title => new FieldTarget("s.title", $"{SqlFunctions.Fold}(s.title)", PropertyType.Text, Nullable: false),
        SourceFields.Publisher => new FieldTarget("s.publisher", $"{SqlFunctions.Fold}(s.publisher)", PropertyType.Text, Nullable: true),
        SourceFields.Url => new FieldTarget("s.url", $"{SqlFunctions.Fold}(s.url)", PropertyType.Text, Nullable: true),
        _ => throw new ValidationException(path, QueryCodes.UnknownField, $"'{field}' is not a source field; use {string.Join(", ", SourceFields.All)}."),
    };

    private static string TranslateField(FieldFilter filter, FieldTarget target, SqlParameters parameters, string path)
    {
        FilterValueCheck.Check(filter, target.Type, path, isKind: target.Value == KindColumn);
        if (FilterOperators.Complemented(filter.Operator) is { } positive)
        {
            var holds = Positive(filter with { Operator = positive }, target, parameters, path);
            return target.Nullable ? $"({target.Value} IS NULL OR NOT ({holds}))" : $"NOT ({holds})";
        }

        return filter.Operator switch
        {
            FilterOperator.IsNull => target.Nullable ? $"{target.Value} IS NULL" : "0",
            FilterOperator.IsNotNull => target.Nullable ? $"{target.Value} IS NOT NULL" : "1",
            _ => Positive(filter, target, parameters, path),
        };
    }

    /// <summary>A positive comparison: false (or NULL) for a missing value.</summary>
    private static string Positive(FieldFilter filter, FieldTarget target, SqlParameters parameters, string path)
    {
        var values = filter.Values;
        switch (filter.Operator)
        {
            case FilterOperator.Eq:
                return $"{target.Value} = {parameters.Add(values[0].AsObject())}";
            case FilterOperator.In:
                return values.Count == 0 ? "0" : $"{target.Value} IN (SELECT value FROM json_each({parameters.Add(SqlJson.Array(values))}))";
            case FilterOperator.Contains:
                return $"instr({target.Folded}, {parameters.Add(TextFolding.Fold(values[0].Text!))}) > 0";
            case FilterOperator.EndsWith:
                var suffix = parameters.Add(TextFolding.Fold(values[0].Text!));
                return $"(length({target.Folded}) >= length({suffix}) AND substr({target.Folded}, length({target.Folded}) - length({suffix}) + 1) = {suffix})";
            case FilterOperator.StartsWith:
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
                return $"{target.Value} {FilterOperators.ComparisonSymbol(filter.Operator)} {parameters.Add(values[0].AsObject())}";
            default:
                throw new ValidationException(path + ".operator", QueryCodes.InvalidOperator, $"Unsupported operator {filter.Operator}.");
        }
    }
}
