using GraphQL.Types;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Filtering;

namespace KnowledgeGraph.GraphQL.Sorting;

/// <summary>
/// <c>XxxSortInput</c> of an entity type: one field per sortable field. An object in an <c>order</c> list may set several
/// fields, which sort in the order they are written; the list's order is the priority between objects.
/// </summary>
public sealed class EntitySortInputType<TNode> : InputObjectGraphType
    where TNode : IEntityGraphType
{
    public EntitySortInputType()
    {
        Name = TNode.GraphTypeName + "SortInput";
        Description = $"Sort criteria for {TNode.GraphTypeName} entities, applied in the order the fields are written; the key breaks ties.";
        foreach (var field in FilterFields.Of(TNode.Kind))
        {
            Field<SortEnumType>(field.Name).Description(field.Description);
        }
    }
}
