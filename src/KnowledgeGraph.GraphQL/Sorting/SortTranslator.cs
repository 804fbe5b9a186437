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

        // Coerced input objects hold their fields in the type's order; the document keeps the order they were written in.
        var written = context.FieldAst.Arguments?.FirstOrDefault(a => a.Name.StringValue == argument)?.Value switch
        {
            GraphQLListValue list => list.Values,
            GraphQLObjectValue single => [single],
            _ => null,
        };
        var fields = new List<SortField>();
        var index = 0;
        foreach (var item in items)
        {
            var set = (IDictionary<string, object?>)item!;
            var names = written is not null && index < written.Count && written[index] is GraphQLObjectValue literal
                ? literal.Fields?.Select(f => f.Name.StringValue) ?? []
                : set.Keys;
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
}
