using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Domain.History;

public sealed record SourceSnapshot(Source Source) : ChangeSnapshot
{
    public override string Key => Source.Key;

    public override ChangeSubjectKind SubjectKind => ChangeSubjectKind.Source;
}
