using GraphQL;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Paging;

/// <summary>
/// Relay paging arguments: <c>after</c>/<c>before</c> (cursors, still undecoded) bound the result, then <c>first</c>
/// keeps the leading and <c>last</c> the trailing items of what remains. Without <c>first</c> and <c>last</c> the
/// configured default page size applies as <c>first</c>.
/// </summary>
public sealed record PageRequest(string? After, string? Before, int? First, int? Last)
{
    public static PageRequest From(IResolveFieldContext context, GraphQLSchemaOptions options)
    {
        var first = PageSize(context, "first", options);
        var last = PageSize(context, "last", options);
        if (first is null && last is null)
        {
            first = options.DefaultPageSize;
        }

        return new PageRequest(context.GetArgument<string?>("after"), context.GetArgument<string?>("before"), first, last);
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

    /// <summary>
    /// Of <paramref name="count"/> items read from the start of the bounded window (<c>first</c>, or <c>last</c> read from
    /// the end), how many leading ones <c>last</c> drops when both are given.
    /// </summary>
    public int Dropped(int count) => First is not null && Last is { } last ? Math.Max(0, count - last) : 0;
}
