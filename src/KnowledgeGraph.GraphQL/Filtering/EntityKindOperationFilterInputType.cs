using GraphQL.Types;
using KnowledgeGraph.GraphQL.Entities;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>Hot Chocolate's enum operation input for <c>EntityKind</c>.</summary>
public sealed class EntityKindOperationFilterInputType : InputObjectGraphType
{
    public EntityKindOperationFilterInputType()
    {
        Name = "EntityKindOperationFilterInput";
        Description = "Conditions on an entity's kind.";
        OperationFilterFields.AddEquality<EntityKindType>(this);
    }
}
