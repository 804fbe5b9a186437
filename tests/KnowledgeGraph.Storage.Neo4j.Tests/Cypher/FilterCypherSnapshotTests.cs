using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>Snapshots of the Cypher the filter conventions become: kinds, ids, null checks, negations and list filters.</summary>
public sealed class FilterCypherSnapshotTests
{
    [Fact]
    public void Kind_key_null_checks_negations_and_list_filters_are_parameterised()
    {
        var statement = EntityCypher.Query(new EntityQuery
        {
            Filter = new AndFilter([
                new FieldFilter(EntityFields.Kind, FilterOperator.In, [PropertyValue.FromText("Project"), PropertyValue.FromText("Region")]),
                new FieldFilter(EntityFields.Key, FilterOperator.Eq, PropertyValue.FromText("khorgos-gateway")),
                new FieldFilter(EntityFields.Description, FilterOperator.IsNull, []),
                new FieldFilter(EntityFields.Name, FilterOperator.NotEndsWith, PropertyValue.FromText("PORT")),
                new FieldFilter("startYear", FilterOperator.NotGt, PropertyValue.FromInteger(2015)),
                new ListFilter(EntityFields.Aliases, ListQuantifier.Some, new FieldFilter(ListFilter.Element, FilterOperator.StartsWith, PropertyValue.FromText("Қор"))),
                new ListFilter(EntityFields.Sources, ListQuantifier.All, new FieldFilter(SourceFields.Publisher, FilterOperator.IsNotNull, [])),
                new ListFilter(EntityFields.Aliases, ListQuantifier.None, null),
            ]),
            Take = 10,
        });

        CypherSnapshot.Match("query-entities-filter-conventions", statement);
    }
}
