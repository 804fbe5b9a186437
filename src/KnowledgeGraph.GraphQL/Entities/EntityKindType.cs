using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>The <c>EntityKind</c> enum (PROJECT, REGION, …, TRAINING_PROGRAM…), described from <see cref="EntityKinds"/>.</summary>
public sealed class EntityKindType : EnumerationGraphType
{
    public EntityKindType()
    {
        Name = "EntityKind";
        Description = "The kinds of entity the graph holds.";
        foreach (var definition in EntityKinds.All.OrderBy(d => d.Kind))
        {
            Add(EntityKindNames.ConstantName(definition.Kind), definition.Kind, definition.Description);
        }
    }
}
