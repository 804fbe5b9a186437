using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Domain.History;

/// <summary>
/// The state of one subject before or after a change, held as the domain record itself so that the history speaks the
/// same language as the rest of the graph; how it is stored is each store's business.
/// </summary>
public abstract record ChangeSnapshot
{
    private protected ChangeSnapshot()
    {
    }

    public abstract string Key { get; }

    public abstract ChangeSubjectKind SubjectKind { get; }

    public static ChangeSnapshot? Of(Entity? entity) => entity is null ? null : new EntitySnapshot(entity);

    public static ChangeSnapshot? Of(Relationship? relationship) => relationship is null ? null : new RelationshipSnapshot(relationship);

    public static ChangeSnapshot? Of(Source? source) => source is null ? null : new SourceSnapshot(source);
}
