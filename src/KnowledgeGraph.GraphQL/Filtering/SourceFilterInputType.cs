using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary><c>SourceFilterInput</c>: conditions on one cited source, inside an entity's <c>sources</c> list filter.</summary>
public sealed class SourceFilterInputType : InputObjectGraphType
{
    public static readonly IReadOnlyList<FilterFieldDefinition> Definitions =
    [
        Text(SourceFields.Key, "The source's natural key."),
        Text(SourceFields.Title, "Title of the document."),
        Text(SourceFields.Publisher, "Who published it; missing for some sources."),
        Text(SourceFields.Url, "URL of the document; missing for some sources."),
    ];

    public SourceFilterInputType()
    {
        Name = "SourceFilterInput";
        Description = "Conditions on a cited source. Conditions side by side must all hold.";
        ObjectFilterFields.Add<SourceFilterInputType>(this, Definitions);
    }

    private static FilterFieldDefinition Text(string field, string description) => new(
        field, typeof(StringOperationFilterInputType), description,
        (value, path) => OperationFilterTranslator.Translate(field, PropertyType.Text, value, path));
}
