namespace KnowledgeGraph.Domain.Validation;

/// <summary>The lists of a <see cref="Writing.GraphChangeSet"/>, for locating a record in a validation error.</summary>
public enum ChangeSetSection
{
    Sources,
    Entities,
    Relationships,
    DeleteRelationshipKeys,
    DeleteEntityKeys,
    DeleteSourceKeys,
}
