using GraphQL;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// Relay paging arguments turned into offsets: <c>after</c>/<c>before</c> bound the result, then <c>first</c> keeps the
/// leading and <c>last</c> the trailing items of what remains. Without <c>first</c> and <c>last</c> the configured
/// default page size applies as <c>first</c>.
/// </summary>
public sealed record PageRequest(int Start, int? End, int? First, int? Last)
{
    public static PageRequest From(IResolveFieldContext context, GraphQLSchemaOptions options)
    {
        var first = PageSize(context, "first", options);
        var last = PageSize(context, "last", options);
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");

        var start = after is null ? 0 : OffsetCursor.Decode(after, "after") + 1;
        int? end = before is null ? null : OffsetCursor.Decode(before, "before");
        if (first is null && last is null)
        {
            first = options.DefaultPageSize;
        }

        return new PageRequest(start, end, first, last);
    }

    /// <summary>Validates a page-size argument: not negative, not above <see cref="GraphQLSchemaOptions.MaxPageSize"/>.</summary>
    public static int? PageSize(IResolveFieldContext context, string argument, GraphQLSchemaOptions options)
    {
        var value = context.GetArgument<int?>(argument);
        if (value is < 0)
        {
            throw new ValidationException(argument, ErrorCodes.NegativePageSize, $"{argument} must not be negative; {value} was given.");
        }

        if (value > options.MaxPageSize)
        {
            throw new LimitExceededException(argument, options.MaxPageSize, value.Value);
        }

        return value;
    }

    /// <summary>The window this request selects from a result of <paramref name="total"/> items.</summary>
    public PageWindow Apply(int total)
    {
        long end = Math.Min(End ?? total, total);
        long start = Math.Min(Start, end);
        if (First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        return new PageWindow((int)start, (int)end, total);
    }

    /// <summary>
    /// The window to read before the total is known: exact unless <c>last</c> is given without <c>before</c> and
    /// <c>first</c>, in which case it is the first <c>last</c> items after the start (the pager corrects it).
    /// </summary>
    public PageWindow Guess()
    {
        if (Last is { } last && End is null && First is null)
        {
            return new PageWindow(Start, (int)Math.Min((long)Start + last, int.MaxValue), int.MaxValue);
        }

        return Apply(int.MaxValue);
    }
}
