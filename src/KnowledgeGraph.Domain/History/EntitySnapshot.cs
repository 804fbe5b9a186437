using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.History;

public sealed record EntitySnapshot(Entity Entity) : ChangeSnapshot
{
    public override string Key => Entity.Key;

    public override ChangeSubjectKind SubjectKind => ChangeSubjectKind.Entity;
}
