using GraphQL.Types;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.GraphQL.Batching;
using KnowledgeGraph.GraphQL.Sources;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// The fields a relationship carries — <c>key relationshipType role sinceYear untilYear amount currency note confidence
/// sources citations</c> — for any graph type whose source holds a <see cref="Relationship"/> (edges, the <c>Relationship</c> type,
/// path hops of the traversal feature).
/// </summary>
public static class RelationshipPropertyFields
{
    public static void Add<TSource>(ObjectGraphType<TSource> type, Func<TSource, Relationship> relationship, IGraphStore store)
    {
        type.Field<NonNullGraphType<StringGraphType>>("key")
            .Description("The relationship's natural key.")
            .Resolve(context => relationship(context.Source).Key);
        type.Field<NonNullGraphType<StringGraphType>>("relationshipType")
            .Description("The relationship type, e.g. OPERATED_BY (see relationshipTypes).")
            .Resolve(context => relationship(context.Source).Type);
        type.Field<StringGraphType>("role")
            .Description("The part the start plays, e.g. \"operator\", \"shareholder\", \"general contractor\".")
            .Resolve(context => relationship(context.Source).Role);
        type.Field<IntGraphType>("sinceYear")
            .Description("Year the relationship began.")
            .Resolve(context => relationship(context.Source).SinceYear);
        type.Field<IntGraphType>("untilYear")
            .Description("Year the relationship ended; null while it lasts.")
            .Resolve(context => relationship(context.Source).UntilYear);
        type.Field<FloatGraphType>("amount")
            .Description("An amount attached to it (a stake, a loan, an investment), in currency.")
            .Resolve(context => relationship(context.Source).Amount);
        type.Field<StringGraphType>("currency")
            .Description("ISO 4217 currency code of amount.")
            .Resolve(context => relationship(context.Source).Currency);
        type.Field<StringGraphType>("note")
            .Description("Free-text remark on the relationship.")
            .Resolve(context => relationship(context.Source).Note);
        type.Field<NonNullGraphType<ConfidenceType>>("confidence")
            .Description("How firmly the sources establish the relationship.")
            .Resolve(context => relationship(context.Source).Confidence);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("The documents that back the relationship.")
            .Resolve(context => GraphLoaders.For(context, store).Sources.LoadMany(relationship(context.Source).SourceKeys));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationType>>>>("citations")
            .Description("Which passage of which source supports the relationship or one of its fields.")
            .Resolve(context => relationship(context.Source).Citations);
    }
}
