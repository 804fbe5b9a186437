using System.Collections;
using GraphQL;
using GraphQLParser.AST;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Sorting;

/// <summary>
/// Turns an <c>order: [XxxSortInput!]</c> argument into the store's <see cref="SortField"/> list, as Hot Chocolate
/// reads it: the list's elements in order, and within one element its fields in the order they are written
/// (<c>{ sector: ASC, startYear: DESC }</c> sorts by sector, then start year). Fields set to null are left out.
/// </summary>
public static class SortTranslator
{
    public static IReadOnlyList<SortField> Translate(IResolveFieldContext context, string argument = "order")
    {
        if (context.GetArgument<object?>(argument) is not IEnumerable items)
        {
            return [];
        }

        var written = WrittenElements(context, context.FieldAst.Arguments?.FirstOrDefault(a => a.Name.StringValue == argument)?.Value);
        var fields = new List<SortField>();
        var index = 0;
        foreach (var item in items)
        {
            var set = (IDictionary<string, object?>)item!;
            var names = written is not null && index < written.Count ? written[index] ?? set.Keys : set.Keys;
            foreach (var name in names)
            {
                if (set.TryGetValue(name, out var direction) && direction is SortDirection sortDirection)
                {
                    fields.Add(new SortField(name, sortDirection));
                }
            }

            index++;
        }

        return fields;
    }

    /// <summary>
    /// The field names of each element in the order the request wrote them, or null where that is unknown. Coerced input
    /// objects hold their fields in the type's order, so the order is read from the document, or, for a variable, from
    /// the request's variables as sent.
    /// </summary>
    private static List<IEnumerable<string>?>? WrittenElements(IResolveFieldContext context, GraphQLValue? value)
    {
        var raw = value is GraphQLVariable variable ? Raw(context, variable) : null;
        return value switch
        {
            GraphQLListValue list => list.Values?.Select(element => WrittenFields(context, element)).ToList() ?? [],
            GraphQLObjectValue literal => [WrittenFields(context, literal)],
            GraphQLVariable when raw is IEnumerable<object?> elements => elements.Select(Keys).ToList(),
            GraphQLVariable => [Keys(raw)],
            _ => null,
        };
    }

    private static IEnumerable<string>? WrittenFields(IResolveFieldContext context, GraphQLValue value) => value switch
    {
        GraphQLObjectValue literal => literal.Fields?.Select(f => f.Name.StringValue) ?? [],
        GraphQLVariable variable => Keys(Raw(context, variable)),
        _ => null,
    };

    private static object? Raw(IResolveFieldContext context, GraphQLVariable variable) =>
        context.ExecutionContext.ExecutionOptions.Variables is { } inputs && inputs.TryGetValue(variable.Name.StringValue, out var raw) ? raw : null;

    private static IEnumerable<string>? Keys(object? raw) => (raw as IDictionary<string, object?>)?.Keys;
}
