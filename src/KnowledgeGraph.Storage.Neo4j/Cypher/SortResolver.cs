using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Common.Querying;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Resolves the sort fields of a query to what Cypher compares: the stored collation key of text fields
/// (<see cref="GraphSchema.SortKeyOf"/>), the key as it is, numbers as they are. Fields are checked by
/// <see cref="FieldResolver"/>, and a kind property's name still travels as a parameter.
/// </summary>
public static class SortResolver
{
    public static IReadOnlyList<SortTerm> Terms(EntityQuery query, string node, CypherParameters parameters) =>
        new EntitySortOrder(query.Order).Fields.Select((sort, i) =>
        {
            var (expression, type) = FieldResolver.Resolve(sort.Field, query.Kind, node, parameters, $"order[{i}]");
            var sortable = sort.Field switch
            {
                EntityFields.Key => expression,
                EntityFields.Name or EntityFields.Description => $"{node}.{GraphSchema.SortKeyOf(sort.Field)}",
                _ when type == PropertyType.Text => $"{node}[{parameters.Add(GraphSchema.SortKeyOf(sort.Field))}]",
                _ => expression,
            };
            return new SortTerm(sortable, sort.Direction, Nullable: sort.Field is not (EntityFields.Key or EntityFields.Name));
        }).ToList();
}
