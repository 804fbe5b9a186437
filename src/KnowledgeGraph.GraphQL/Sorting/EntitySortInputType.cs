using GraphQL.Types;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Filtering;

namespace KnowledgeGraph.GraphQL.Sorting;

/// <summary>
/// <c>XxxSortInput</c> of an entity type: one field per sortable field. Each object in an <c>order</c> list sets exactly
/// one field; the list's order is the sort's priority.
/// </summary>
public sealed class EntitySortInputType<TNode> : InputObjectGraphType
    where TNode : IEntityGraphType
{
    public EntitySortInputType()
    {
        Name = TNode.GraphTypeName + "SortInput";
        Description = $"One sort criterion for {TNode.GraphTypeName} entities: set exactly one field per object.";
        foreach (var field in FilterFields.Of(TNode.Kind))
        {
            Field<SortEnumType>(field.Name).Description(field.Description);
        }
    }
}
