using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Curation;

/// <summary><c>UpsertGraphResult</c>: per-list counts and the graph version after an upsert.</summary>
public sealed class UpsertGraphResultType : ObjectGraphType<UpsertGraphSummary>
{
    public UpsertGraphResultType()
    {
        Name = "UpsertGraphResult";
        Description = "What upsertGraph did. Counts compare the input with the graph as read just before the write.";
        Field<NonNullGraphType<LongGraphType>>("graphVersion")
            .Description("The graph version after the upsert; unchanged when nothing was written.")
            .Resolve(context => context.Source.GraphVersion);
        Field<NonNullGraphType<BooleanGraphType>>("changed").Description("Whether anything was written.").Resolve(context => context.Source.Changed);
        Field<NonNullGraphType<UpsertCountsType>>("sources").Description("Sources created, updated and left unchanged.").Resolve(context => context.Source.Sources);
        Field<NonNullGraphType<UpsertCountsType>>("entities").Description("Entities created, updated and left unchanged.").Resolve(context => context.Source.Entities);
        Field<NonNullGraphType<UpsertCountsType>>("relationships").Description("Relationships created, updated and left unchanged.").Resolve(context => context.Source.Relationships);
    }
}
