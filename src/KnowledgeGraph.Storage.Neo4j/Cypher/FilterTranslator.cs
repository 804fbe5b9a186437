using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Translates an <see cref="EntityFilter"/> tree into a Cypher predicate with parameters, keeping the port's
/// semantics: an entity lacking the field matches only Neq, NotIn and NotContains; Contains, NotContains and
/// StartsWith compare invariant-lower-cased text; Eq, Neq and In compare exactly; ordering operators are numeric.
/// </summary>
public static class FilterTranslator
{
    public static string Translate(EntityFilter? filter, EntityKind? kind, string node, CypherParameters parameters) =>
        filter is null ? "true" : Translate(filter, kind, node, parameters, "where");

    private static string Translate(EntityFilter filter, EntityKind? kind, string node, CypherParameters parameters, string path) => filter switch
    {
        AndFilter and => and.Operands.Count == 0
            ? "true"
            : "(" + string.Join(" AND ", and.Operands.Select((f, i) => Translate(f, kind, node, parameters, $"{path}.and[{i}]"))) + ")",
        OrFilter or => or.Operands.Count == 0
            ? "false"
            : "(" + string.Join(" OR ", or.Operands.Select((f, i) => Translate(f, kind, node, parameters, $"{path}.or[{i}]"))) + ")",
        FieldFilter field => TranslateField(field, kind, node, parameters, $"{path}.{field.Field}"),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}.", nameof(filter)),
    };

    private static string TranslateField(FieldFilter filter, EntityKind? kind, string node, CypherParameters parameters, string path)
    {
        var (field, type) = FieldResolver.Resolve(filter.Field, kind, node, parameters, path);
        if (filter.Values.Count == 0 && filter.Operator is not (FilterOperator.In or FilterOperator.NotIn))
        {
            throw new ValidationException(path, QueryCodes.MissingValue, $"The {filter.Operator} filter on '{filter.Field}' needs a value.");
        }

        switch (filter.Operator)
        {
            case FilterOperator.Eq:
                return $"{field} = {parameters.Add(filter.Value.AsObject())}";
            case FilterOperator.Neq:
                return $"({field} IS NULL OR {field} <> {parameters.Add(filter.Value.AsObject())})";
            case FilterOperator.In:
                return $"{field} IN {parameters.Add(filter.Values.Select(v => v.AsObject()).ToList())}";
            case FilterOperator.NotIn:
                return $"({field} IS NULL OR NOT {field} IN {parameters.Add(filter.Values.Select(v => v.AsObject()).ToList())})";
            case FilterOperator.Contains:
                RequireText(filter, type, path);
                return $"toLower({field}) CONTAINS {parameters.Add(Lower(filter))}";
            case FilterOperator.NotContains:
                RequireText(filter, type, path);
                return $"({field} IS NULL OR NOT toLower({field}) CONTAINS {parameters.Add(Lower(filter))})";
            case FilterOperator.StartsWith:
                RequireText(filter, type, path);
                return $"toLower({field}) STARTS WITH {parameters.Add(Lower(filter))}";
            case FilterOperator.Gt:
            case FilterOperator.Gte:
            case FilterOperator.Lt:
            case FilterOperator.Lte:
                RequireNumber(filter, type, path);
                return $"{field} {Comparison(filter.Operator)} {parameters.Add(filter.Value.AsObject())}";
            default:
                throw new ValidationException(path, QueryCodes.UnknownOperator, $"Unknown operator {filter.Operator}.");
        }
    }

    private static string Lower(FieldFilter filter) => filter.Value.ToString().ToLowerInvariant();

    private static string Comparison(FilterOperator op) => op switch
    {
        FilterOperator.Gt => ">",
        FilterOperator.Gte => ">=",
        FilterOperator.Lt => "<",
        _ => "<=",
    };

    private static void RequireText(FieldFilter filter, PropertyType type, string path)
    {
        if (type != PropertyType.Text || filter.Value.Type != PropertyType.Text)
        {
            throw new ValidationException(path, QueryCodes.InvalidOperator, $"{filter.Operator} compares text; '{filter.Field}' with this value is not text.");
        }
    }

    private static void RequireNumber(FieldFilter filter, PropertyType type, string path)
    {
        if (type == PropertyType.Text || filter.Value.Type == PropertyType.Text)
        {
            throw new ValidationException(path, QueryCodes.InvalidOperator, $"{filter.Operator} applies to integers and numbers; '{filter.Field}' is text.");
        }
    }
}
