using GraphQL.Types;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Limits;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>
/// <c>XxxFilterInput</c> of an entity type (Hot Chocolate style): <c>and</c>/<c>or</c> lists plus one operation input per
/// filterable field of the output type (<see cref="EntityFilterFields"/>), nested objects nested the same way.
/// Conditions given side by side in one object must all hold.
/// </summary>
public sealed class EntityFilterInputType<TNode> : InputObjectGraphType
    where TNode : IEntityGraphType
{
    public EntityFilterInputType()
    {
        Name = TNode.GraphTypeName + "FilterInput";
        Description = $"Conditions on {TNode.GraphTypeName} entities. Conditions side by side must all hold; and/or combine nested inputs.";
        InputListMarks.MarkFilter(this);
        ObjectFilterFields.Add<EntityFilterInputType<TNode>>(this, EntityFilterFields.Of(TNode.Kind));
    }
}
