using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Nodes;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>
/// Translates an <c>IdOperationFilterInput</c> into conditions on kind and key: a global id names the entity with that
/// key if it is of that kind, so <c>eq</c> is "kind = T and key = k" (served by the key's unique index) and an id of a
/// type that is no entity kind names nothing. Ids are grouped by kind, so <c>in</c> is one key list per kind.
/// </summary>
internal static class IdFilterTranslator
{
    public static EntityFilter Translate(object value, string path)
    {
        var operands = new List<EntityFilter>();
        foreach (var (name, operand) in FilterInputValues.Object(value))
        {
            var operationPath = $"{path}.{name}";
            operands.Add((name, operand) switch
            {
                ("eq", null) => new FieldFilter(EntityFields.Key, FilterOperator.IsNull, []),
                ("neq", null) => new FieldFilter(EntityFields.Key, FilterOperator.IsNotNull, []),
                (_, null) => throw FilterInputValues.NullRefused(operationPath, "only eq and neq compare with null"),
                ("eq" or "in", _) => Matching(Decode(operand, operationPath)),
                ("neq" or "nin", _) => NotMatching(Decode(operand, operationPath)),
                _ => throw new ValidationException(operationPath, QueryCodes.UnknownOperator, $"{name} is not an id filter operator."),
            });
        }

        return operands.Count == 1 ? operands[0] : new AndFilter(operands);
    }

    private static OrFilter Matching(ILookup<EntityKind, string> ids) => new(ids
        .Select(group => (EntityFilter)new AndFilter([
            new FieldFilter(EntityFields.Kind, FilterOperator.Eq, PropertyValue.FromText(group.Key.ToString())),
            KeyFilter(FilterOperator.Eq, FilterOperator.In, group),
        ]))
        .ToList());

    private static AndFilter NotMatching(ILookup<EntityKind, string> ids) => new(ids
        .Select(group => (EntityFilter)new OrFilter([
            new FieldFilter(EntityFields.Kind, FilterOperator.Neq, PropertyValue.FromText(group.Key.ToString())),
            KeyFilter(FilterOperator.Neq, FilterOperator.NotIn, group),
        ]))
        .ToList());

    private static FieldFilter KeyFilter(FilterOperator one, FilterOperator many, IEnumerable<string> keys)
    {
        var values = keys.Distinct(StringComparer.Ordinal).Select(PropertyValue.FromText).ToList();
        return values.Count == 1 ? new FieldFilter(EntityFields.Key, one, values) : new FieldFilter(EntityFields.Key, many, values);
    }

    /// <summary>The entity ids among the values, by kind; ids of other node types (sources, relationships) name no entity and drop out.</summary>
    private static ILookup<EntityKind, string> Decode(object value, string path) => FilterInputValues.Items(value)
        .Select((item, i) =>
        {
            var id = item as string;
            if (!GlobalId.TryDecode(id, out var typeName, out var key))
            {
                var itemPath = value is string ? path : $"{path}[{i}]";
                throw new ValidationException(itemPath, ErrorCodes.InvalidId, $"'{id}' is not a global id (base64 of \"TypeName:key\", as node(id:) takes).");
            }

            return (IsKind: EntityKinds.TryParse(typeName, out var kind), Kind: kind, Key: key);
        })
        .Where(id => id.IsKind)
        .ToLookup(id => id.Kind, id => id.Key);
}
