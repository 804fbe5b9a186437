using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Limits;

namespace KnowledgeGraph.GraphQL.Filtering;

/// <summary>
/// <c>XxxFilterInput</c> of an entity type (Hot Chocolate style): <c>and</c>/<c>or</c> lists plus one operation input per
/// filterable field — key, name, description and every property <see cref="EntityKinds"/> declares for the kind.
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
        Field<ListGraphType<NonNullGraphType<EntityFilterInputType<TNode>>>>("and").Description("Every one of these must hold.");
        Field<ListGraphType<NonNullGraphType<EntityFilterInputType<TNode>>>>("or").Description("At least one of these must hold.");
        foreach (var field in FilterFields.Of(TNode.Kind))
        {
            var operations = field.Type switch
            {
                PropertyType.Integer => typeof(IntOperationFilterInputType),
                PropertyType.Number => typeof(FloatOperationFilterInputType),
                _ => typeof(StringOperationFilterInputType),
            };
            Field(field.Name, operations).Description(field.Description);
        }
    }
}
