using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>A citation in <c>upsertGraph</c>: its source by key, as in the seed files.</summary>
public sealed class CitationUpsertInputType : InputObjectGraphType
{
    public CitationUpsertInputType()
    {
        Name = "CitationUpsertInput";
        Description = "Which passage of which source supports a fact; the source named by key.";
        Field<NonNullGraphType<StringGraphType>>(CitationInputFields.SourceKeyField).Description("Key of the cited source; one of the record's sourceKeys.");
        CitationInputFields.AddPassageFields(this);
    }
}
