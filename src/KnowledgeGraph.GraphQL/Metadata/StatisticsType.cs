using GraphQL.Types;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Metadata;

/// <summary>Counts over the whole graph.</summary>
public sealed class StatisticsType : ObjectGraphType<GraphStatistics>
{
    public StatisticsType()
    {
        Name = "GraphStatistics";
        Description = "Counts over the whole graph.";
        Field<NonNullGraphType<IntGraphType>>("entityCount").Description("Entities of every kind.").Resolve(context => context.Source.EntityCount);
        Field<NonNullGraphType<IntGraphType>>("relationshipCount").Description("Relationships of every type.").Resolve(context => context.Source.RelationshipCount);
        Field<NonNullGraphType<IntGraphType>>("sourceCount").Description("Sources.").Resolve(context => context.Source.SourceCount);
        Field<NonNullGraphType<LongGraphType>>("graphVersion")
            .Description("Grows with every change to the graph.")
            .Resolve(context => context.Source.GraphVersion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("entitiesByKind")
            .Description("Entities per kind, named by GraphQL type.")
            .Resolve(context => context.Source.EntitiesByKind
                .OrderBy(pair => pair.Key)
                .Select(pair => new KeyValuePair<string, int>(KindGraphTypes.TypeNameOf(pair.Key), pair.Value))
                .ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("relationshipsByType")
            .Description("Relationships per type.")
            .Resolve(context => context.Source.RelationshipsByType.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList());
    }
}
