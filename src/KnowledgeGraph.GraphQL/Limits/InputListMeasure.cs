using System.Collections;
using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Limits;

/// <summary>
/// Walks an argument's coerced value along its input type and finds the first list longer than
/// <see cref="GraphQLSchemaOptions.MaxListLength"/> or filter larger than <see cref="GraphQLSchemaOptions.MaxFilterValues"/>.
/// The walk is as long as the value itself, which the request body already bounds; no store is asked anything.
/// </summary>
internal sealed class InputListMeasure(GraphQLSchemaOptions limits)
{
    private static readonly string ListSetting = $"{GraphQLSchemaOptions.SectionName}:{nameof(GraphQLSchemaOptions.MaxListLength)}";
    private static readonly string FilterSetting = $"{GraphQLSchemaOptions.SectionName}:{nameof(GraphQLSchemaOptions.MaxFilterValues)}";

    public InputListExcess? FindExcess(IGraphType type, object? value, string path, bool boundByResolver = false)
    {
        switch (type)
        {
            case NonNullGraphType nonNull:
                return FindExcess(nonNull.ResolvedType!, value, path, boundByResolver);
            case ListGraphType list when value is IEnumerable items and not string:
                var count = items is ICollection collection ? collection.Count : items.Cast<object?>().LongCount();
                if (!boundByResolver && count > limits.MaxListLength)
                {
                    return new InputListExcess(path, count, limits.MaxListLength, ListSetting, "items");
                }

                return HasLists(list.ResolvedType!) ? FindInItems(list.ResolvedType!, items, path) : null;
            case IInputObjectGraphType input when value is IDictionary<string, object?> fields:
                if (InputListMarks.IsFilter(input))
                {
                    var size = FilterSize(fields);
                    return size > limits.MaxFilterValues ? new InputListExcess(path, size, limits.MaxFilterValues, FilterSetting, "values and branches") : null;
                }

                foreach (var (name, fieldValue) in fields)
                {
                    if (fieldValue is not null && input.GetField(name) is { ResolvedType: { } fieldType } field &&
                        FindExcess(fieldType, fieldValue, $"{path}.{name}", InputListMarks.IsBoundByResolver(field)) is { } excess)
                    {
                        return excess;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private InputListExcess? FindInItems(IGraphType itemType, IEnumerable items, string path)
    {
        var index = 0;
        foreach (var item in items)
        {
            if (FindExcess(itemType, item, $"{path}[{index++}]") is { } excess)
            {
                return excess;
            }
        }

        return null;
    }

    /// <summary>Whether a value of <paramref name="type"/> can hold a list: scalar items need no walk of their own.</summary>
    private static bool HasLists(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => HasLists(nonNull.ResolvedType!),
        ListGraphType or IInputObjectGraphType => true,
        _ => false,
    };

    /// <summary>
    /// The values a filter compares with (each <c>in</c>/<c>nin</c> item counts, and so do <c>eq: null</c> and <c>any</c>) plus
    /// one per <c>and</c>/<c>or</c> branch, so that neither long lists nor many empty or nested
    /// branches escape the count.
    /// </summary>
    private static long FilterSize(object? value) => value switch
    {
        null => 1,
        string => 1,
        IDictionary<string, object?> fields => fields.Values.Sum(FilterSize),
        IEnumerable items => items.Cast<object?>().Sum(item => item is IDictionary<string, object?> ? 1 + FilterSize(item) : FilterSize(item)),
        _ => 1,
    };
}
