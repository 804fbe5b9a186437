using GraphQL.Types;
using KnowledgeGraph.Domain.History;

namespace KnowledgeGraph.GraphQL.History;

public sealed class ChangeOperationType : EnumerationGraphType
{
    public ChangeOperationType()
    {
        Name = "ChangeOperation";
        Description = "What a change did to its subject.";
        Add("CREATED", ChangeOperation.Created, "The subject did not exist before.");
        Add("UPDATED", ChangeOperation.Updated, "One or more fields changed.");
        Add("DELETED", ChangeOperation.Deleted, "The subject was deleted (an entity's relationships are deleted with it, each with its own change).");
    }
}
