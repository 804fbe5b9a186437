using GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Sources;

/// <summary>A citation in the create and update mutations: its source by global id.</summary>
public sealed class CitationInputType : InputObjectGraphType
{
    public CitationInputType()
    {
        Name = "CitationInput";
        Description = "Which passage of which source supports a fact.";
        Field<NonNullGraphType<IdGraphType>>(CitationInputFields.SourceIdField).Description("Global id of the cited source; one of the record's sources.");
        CitationInputFields.AddPassageFields(this);
    }
}
