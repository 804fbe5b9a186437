using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Translates an <see cref="EntityFilter"/> tree into a Cypher predicate with parameters, keeping the port's
/// semantics: a missing value fails every positive operator and passes its negation (<see cref="FilterOperator"/>);
/// Contains, StartsWith, EndsWith and their negations compare invariant-lower-cased text; Eq, In and their negations
/// compare exactly; ordering operators are numeric. Aliases are tested element by element, sources through their
/// <c>(:Source)</c> nodes found by key. Key, kind and name keep the plain property on the left so that the
/// <c>entity_key</c>, <c>entity_kind</c> and <c>entity_name</c> indexes serve <c>eq</c> and <c>in</c>.
/// </summary>
public static class FilterTranslator
{
    private const string Alias = "alias";
    private const string SourceKey = "sourceKey";
    private const string Source = "source";

    private delegate (string Expression, PropertyType Type) Resolver(string field, string path);

    public static string Translate(EntityFilter? filter, EntityKind? kind, string node, CypherParameters parameters) =>
        filter is null
            ? "true"
            : Translate(filter, (field, path) => ResolveEntityField(field, kind, node, parameters, path), node, inList: false, parameters, "where");

    private static string Translate(EntityFilter filter, Resolver resolve, string node, bool inList, CypherParameters parameters, string path) => filter switch
    {
        AndFilter and => and.Operands.Count == 0
            ? "true"
            : "(" + string.Join(" AND ", and.Operands.Select((f, i) => Translate(f, resolve, node, inList, parameters, $"{path}.and[{i}]"))) + ")",
        OrFilter or => or.Operands.Count == 0
            ? "false"
            : "(" + string.Join(" OR ", or.Operands.Select((f, i) => Translate(f, resolve, node, inList, parameters, $"{path}.or[{i}]"))) + ")",
        FieldFilter field => TranslateField(field, node, resolve(field.Field, $"{path}.{field.Field}"), parameters, $"{path}.{field.Field}"),
        ListFilter list when !inList => TranslateList(list, node, parameters, $"{path}.{list.Field}"),
        ListFilter => throw new ValidationException(path, QueryCodes.InvalidOperator, "A list filter cannot be nested in another list's element condition."),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    private static (string Expression, PropertyType Type) ResolveEntityField(string field, EntityKind? kind, string node, CypherParameters parameters, string path) => field switch
    {
        EntityFields.Kind => ($"{node}.{GraphSchema.Kind}", PropertyType.Text),
        EntityFields.Version => ($"{node}.{GraphSchema.Version}", PropertyType.Integer),
        EntityFields.Aliases or EntityFields.Sources => throw new ValidationException(path, QueryCodes.InvalidOperator,
            $"'{field}' is a list; compare its elements with all, none or some."),
        _ => FieldResolver.Resolve(field, kind, node, parameters, path),
    };

    private static string TranslateList(ListFilter list, string node, CypherParameters parameters, string path)
    {
        Resolver? resolve = list.Field switch
        {
            EntityFields.Aliases => ResolveAlias,
            EntityFields.Sources => ResolveSource,
            _ => null,
        };
        if (resolve is null)
        {
            throw new ValidationException(path, QueryCodes.UnknownField, $"'{list.Field}' is not a list field; use {EntityFields.Aliases} or {EntityFields.Sources}.");
        }

        var quantifier = list.Quantifier.ToString().ToLowerInvariant();
        var condition = list.Condition is null ? "true" : Translate(list.Condition, resolve, node, inList: true, parameters, $"{path}.{quantifier}");

        // An element whose condition is undecided (null) is no match: coalesce keeps none() and all() from turning null.
        var element = list.Field == EntityFields.Aliases
            ? $"{Alias} IN coalesce({node}.{GraphSchema.Aliases}, []) WHERE coalesce({condition}, false)"
            : $"{SourceKey} IN coalesce({node}.{GraphSchema.SourceKeys}, []) WHERE EXISTS {{ MATCH ({Source}:{GraphSchema.SourceLabel} {{key: {SourceKey}}}) WHERE coalesce({condition}, false) }}";
        return list.Quantifier switch
        {
            ListQuantifier.Some => $"any({element})",
            ListQuantifier.None => $"none({element})",
            _ => $"all({element})",
        };
    }

    private static (string, PropertyType) ResolveAlias(string field, string path) => field == ListFilter.Element
        ? (Alias, PropertyType.Text)
        : throw new ValidationException(path, QueryCodes.UnknownField, $"An alias is text; compare it directly, not its '{field}'.");

    private static (string, PropertyType) ResolveSource(string field, string path) => SourceFields.All.Contains(field)
        ? ($"{Source}.{field}", PropertyType.Text)
        : throw new ValidationException(path, QueryCodes.UnknownField, $"'{field}' is not a source field; use {string.Join(", ", SourceFields.All)}.");

    private static string TranslateField(FieldFilter filter, string node, (string Expression, PropertyType Type) target, CypherParameters parameters, string path)
    {
        var field = target.Expression;
        FilterValueCheck.Check(filter, target.Type, path, isKind: field == $"{node}.{GraphSchema.Kind}");
        if (FilterOperators.Complemented(filter.Operator) is { } positive)
        {
            return $"({field} IS NULL OR NOT ({Positive(filter with { Operator = positive }, field, parameters, path)}))";
        }

        return filter.Operator switch
        {
            FilterOperator.IsNull => $"{field} IS NULL",
            FilterOperator.IsNotNull => $"{field} IS NOT NULL",
            _ => Positive(filter, field, parameters, path),
        };
    }

    /// <summary>A positive comparison: false (or null) for a missing value.</summary>
    private static string Positive(FieldFilter filter, string field, CypherParameters parameters, string path) => filter.Operator switch
    {
        FilterOperator.Eq => $"{field} = {parameters.Add(filter.Value.AsObject())}",
        FilterOperator.In => filter.Values.Count == 0 ? "false" : $"{field} IN {parameters.Add(filter.Values.Select(v => v.AsObject()).ToList())}",
        FilterOperator.Contains => $"toLower({field}) CONTAINS {parameters.Add(Lower(filter))}",
        FilterOperator.StartsWith => $"toLower({field}) STARTS WITH {parameters.Add(Lower(filter))}",
        FilterOperator.EndsWith => $"toLower({field}) ENDS WITH {parameters.Add(Lower(filter))}",
        FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte =>
            $"{field} {FilterOperators.ComparisonSymbol(filter.Operator)} {parameters.Add(filter.Value.AsObject())}",
        _ => throw new ValidationException(path, QueryCodes.UnknownOperator, $"Unknown operator {filter.Operator}."),
    };

    private static string Lower(FieldFilter filter) => filter.Value.ToString().ToLowerInvariant();
}
