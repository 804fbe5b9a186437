using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Curation;

/// <summary><c>UpsertCounts</c>: created, updated and unchanged records of one list of an upsert.</summary>
public sealed class UpsertCountsType : ObjectGraphType<UpsertCounts>
{
    public UpsertCountsType()
    {
        Name = "UpsertCounts";
        Description = "What an upsert did with one list of records.";
        Field<NonNullGraphType<IntGraphType>>("created").Description("Records that did not exist.").Resolve(context => context.Source.Created);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Records that existed and changed.").Resolve(context => context.Source.Updated);
        Field<NonNullGraphType<IntGraphType>>("unchanged")
            .Description("Records already stored exactly as given: not written, their versions unchanged.")
            .Resolve(context => context.Source.Unchanged);
    }
}
