using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Schema;

namespace KnowledgeGraph.GraphQL.Metadata;

/// <summary><c>entityKinds</c> and <c>statistics</c>: what the graph can hold and how much it holds, for researchers.</summary>
public sealed class MetadataQueries(IGraphStore store) : IQueryFieldContributor
{
    public void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityKindInfoType>>>>("entityKinds")
            .Description("Every kind of entity with its properties: the fields of its type and of its filter and sort inputs.")
            .Resolve(_ => EntityKinds.All.OrderBy(d => d.Kind).ToList());

        query.Field<NonNullGraphType<StatisticsType>>("statistics")
            .Description("Counts of entities by kind, relationships by type, sources, and the graph's version.")
            .ResolveAsync(async context => await store.GetStatisticsAsync(context.CancellationToken));
    }
}
