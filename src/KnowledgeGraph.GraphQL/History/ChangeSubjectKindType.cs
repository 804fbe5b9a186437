using GraphQL.Types;
using KnowledgeGraph.Domain.History;

namespace KnowledgeGraph.GraphQL.History;

public sealed class ChangeSubjectKindType : EnumerationGraphType
{
    public ChangeSubjectKindType()
    {
        Name = "ChangeSubjectKind";
        Description = "What a change is about.";
        Add("ENTITY", ChangeSubjectKind.Entity, "An entity of any kind.");
        Add("RELATIONSHIP", ChangeSubjectKind.Relationship, "A relationship between two entities.");
        Add("SOURCE", ChangeSubjectKind.Source, "A cited source.");
    }
}
