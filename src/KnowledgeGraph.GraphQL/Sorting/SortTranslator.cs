using System.Collections;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.GraphQL.Sorting;

/// <summary>Turns a parsed <c>order: [XxxSortInput!]</c> argument into the store's <see cref="SortField"/> list.</summary>
public static class SortTranslator
{
    public static IReadOnlyList<SortField> Translate(object? order, string path = "order")
    {
        if (order is not IEnumerable items)
        {
            return [];
        }

        var fields = new List<SortField>();
        var index = 0;
        foreach (var item in items)
        {
            var set = ((IDictionary<string, object?>)item!).Where(pair => pair.Value is not null).ToList();
            if (set.Count != 1)
            {
                throw new ValidationException(
                    $"{path}[{index}]", ErrorCodes.OneFieldPerSortInput, $"{path}[{index}] must set exactly one field; it sets {set.Count}.");
            }

            fields.Add(new SortField(set[0].Key, (SortDirection)set[0].Value!));
            index++;
        }

        return fields;
    }
}
