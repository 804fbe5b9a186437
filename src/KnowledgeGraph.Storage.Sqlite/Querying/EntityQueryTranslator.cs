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
            conditions.Add(FilterSqlTranslator.Translate(query.Filter, query.Kind, parameters, "filter"));
        }

        var where = conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
        return EntityQuerySql.Of(query, where, TranslateOrder(query.Order, query.Kind, parameters), parameters);
    }

    private static List<SortTerm> TranslateOrder(IReadOnlyList<SortField> order, EntityKind? kind, SqlParameters parameters) =>
        new EntitySortOrder(order).Fields
            .Select((sort, i) =>
            {
                var target = Resolve(sort.Field, kind, parameters, $"order[{i}].field");
                return new SortTerm(target.Sort, sort.Direction, target.Nullable);
            })
            .ToList();

    internal static FieldTarget Resolve(string field, EntityKind? kind, SqlParameters parameters, string path)
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
}
