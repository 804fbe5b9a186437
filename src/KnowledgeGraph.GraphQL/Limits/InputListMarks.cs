using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Limits;

/// <summary>
/// Marks on schema elements that change how <see cref="InputListLimitRule"/> measures a list: a filter is measured
/// as a whole, and a list whose resolver caps it itself is left to that cap.
/// </summary>
public static class InputListMarks
{
    private const string FilterKey = "KnowledgeGraph.Limits.Filter";
    private const string BoundByResolverKey = "KnowledgeGraph.Limits.BoundByResolver";

    /// <summary>
    /// <paramref name="type"/> is a <c>where</c> filter: its size (values and branches, at any depth) is counted against
    /// <see cref="GraphQLSchemaOptions.MaxFilterValues"/> instead of each list inside it against
    /// <see cref="GraphQLSchemaOptions.MaxListLength"/>.
    /// </summary>
    public static void MarkFilter(IInputObjectGraphType type) => type.Metadata[FilterKey] = true;

    /// <summary>
    /// The list field's resolver refuses too many items itself (<c>upsertGraph</c>'s records, 5,000 together) before any
    /// store call, so its own length is not counted here; lists inside its items still are.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> BoundByResolver<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.WithMetadata(BoundByResolverKey, true);

    public static bool IsFilter(IInputObjectGraphType type) => type.GetMetadata(FilterKey, false);

    public static bool IsBoundByResolver(IFieldType field) => field.GetMetadata(BoundByResolverKey, false);
}
