using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Translates the value of an object filter input (entity, source, nested object): its fields side by side must all hold.</summary>
internal static class ObjectFilterTranslator
{
    public static EntityFilter Translate(IReadOnlyList<FilterFieldDefinition> fields, object value, string path)
    {
        var operands = new List<EntityFilter>();
        foreach (var (name, fieldValue) in FilterInputValues.Object(value))
        {
            var fieldPath = $"{path}.{name}";
            if (fieldValue is null)
            {
                throw FilterInputValues.NullRefused(fieldPath, "leave it out instead, or ask for a missing value with { eq: null }");
            }

            switch (name)
            {
                case "and":
                    operands.Add(new AndFilter(TranslateList(fields, fieldValue, fieldPath)));
                    break;
                case "or":
                    operands.Add(new OrFilter(TranslateList(fields, fieldValue, fieldPath)));
                    break;
                default:
                    var field = fields.FirstOrDefault(f => f.Name == name)
                        ?? throw new ValidationException(fieldPath, QueryCodes.UnknownField, $"{name} cannot be filtered on.");
                    operands.Add(field.Translate(fieldValue, fieldPath));
                    break;
            }
        }

        return operands.Count == 1 ? operands[0] : new AndFilter(operands);
    }

    private static List<EntityFilter> TranslateList(IReadOnlyList<FilterFieldDefinition> fields, object value, string path) =>
        FilterInputValues.Items(value).Select((item, i) => Translate(fields, item!, $"{path}[{i}]")).ToList();
}
