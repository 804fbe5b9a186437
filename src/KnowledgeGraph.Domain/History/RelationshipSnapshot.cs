using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.History;

public sealed record RelationshipSnapshot(Relationship Relationship) : ChangeSnapshot
{
    public override string Key => Relationship.Key;

    public override ChangeSubjectKind SubjectKind => ChangeSubjectKind.Relationship;
}
