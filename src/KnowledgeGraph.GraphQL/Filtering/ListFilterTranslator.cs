using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Translates a list filter input (<c>all none some any</c>) on <c>aliases</c> or <c>sources</c>.</summary>
internal static class ListFilterTranslator
{
    public static EntityFilter Translate(string field, FilterFieldTranslation element, object value, string path)
    {
        var operands = new List<EntityFilter>();
        foreach (var (name, operand) in FilterInputValues.Object(value))
        {
            var operationPath = $"{path}.{name}";
            if (operand is null)
            {
                throw FilterInputValues.NullRefused(operationPath, "leave it out instead");
            }

            operands.Add(name switch
            {
                "all" => new ListFilter(field, ListQuantifier.All, element(operand, operationPath)),
                "none" => new ListFilter(field, ListQuantifier.None, element(operand, operationPath)),
                "some" => new ListFilter(field, ListQuantifier.Some, element(operand, operationPath)),
                "any" => new ListFilter(field, (bool)operand ? ListQuantifier.Some : ListQuantifier.None, null),
                _ => throw new ValidationException(operationPath, QueryCodes.UnknownOperator, $"{name} is not a list filter operator."),
            });
        }

        return operands.Count == 1 ? operands[0] : new AndFilter(operands);
    }
}
