using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Storage.Common.Neo4jLayout;

/// <summary>The property map of an entity's node: common fields under <see cref="GraphSchema"/>'s names, kind properties beside them.</summary>
public static class EntityProperties
{
    public static Dictionary<string, object?> Of(Entity entity, long version)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [GraphSchema.Key] = entity.Key,
            [GraphSchema.Kind] = GraphSchema.LabelOf(entity.Kind),
            [GraphSchema.Name] = entity.Name,
            [GraphSchema.Aliases] = entity.Aliases.ToList(),
            [GraphSchema.AliasText] = string.Join('\n', entity.Aliases),
            [GraphSchema.SourceKeys] = entity.SourceKeys.ToList(),
            [GraphSchema.Version] = version,
        };
        if (entity.Description is not null)
        {
            properties[GraphSchema.Description] = entity.Description;
        }

        var definition = EntityKinds.Get(entity.Kind);
        foreach (var (name, value) in entity.Properties)
        {
            if (definition.Find(name) is null)
            {
                throw new ArgumentException($"{entity.Kind} has no property '{name}'.", nameof(entity));
            }

            properties[name] = value.AsObject();
        }

        return properties;
    }
}
