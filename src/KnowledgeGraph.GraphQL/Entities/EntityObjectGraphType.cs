using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Relationships;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Entities;

/// <summary>
/// The object type of one kind, generated from its <see cref="EntityKindDefinition"/>: the common entity fields, one
/// field per declared property (Text → String, Integer → Int, Number → Float), and the kind's typed relationship
/// fields from <see cref="RelationshipFieldCatalog"/>. Subclasses add composite conveniences.
/// </summary>
public abstract class EntityObjectGraphType : ObjectGraphType<Entity>
{
    protected EntityObjectGraphType(EntityKind kind, IGraphStore store, IOptions<GraphQLSchemaOptions> options)
    {
        var definition = EntityKinds.Get(kind);
        Name = KindGraphTypes.TypeNameOf(kind);
        Description = definition.Description;
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = value => value is Entity entity && entity.Kind == kind;

        CommonEntityFields.Add(this, store, options);
        foreach (var property in definition.Properties)
        {
            AddProperty(property);
        }

        RelationshipFields.AddTyped(this, kind, store, options);
    }

    private void AddProperty(PropertyDefinition property)
    {
        var description = property.AllowedValues is { Count: > 0 } allowed
            ? $"{property.Description} One of: {string.Join(", ", allowed)}."
            : property.Description;
        var field = property.Type switch
        {
            PropertyType.Integer => Field<IntGraphType>(property.Name)
                .Resolve(context => context.Source.Property(property.Name) is { } value ? checked((int)value.Integer) : null),
            PropertyType.Number => Field<FloatGraphType>(property.Name)
                .Resolve(context => context.Source.Property(property.Name)?.AsDouble()),
            _ => Field<StringGraphType>(property.Name)
                .Resolve(context => context.Source.Property(property.Name)?.Text),
        };
        field.Description(description).DeprecationReason(GroupedProperties.DeprecationReason(property.Name));
    }
}
