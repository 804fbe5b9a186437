using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Metadata;

/// <summary>A named count, e.g. entities of one kind.</summary>
public sealed class CountType : ObjectGraphType<KeyValuePair<string, int>>
{
    public CountType()
    {
        Name = "Count";
        Description = "How many items fall under a name (a kind, a relationship type).";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The kind or relationship type.").Resolve(context => context.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(context => context.Source.Value);
    }
}
