using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

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

        foreach (var (field, sortKey) in SortKeys(entity))
        {
            properties[field] = sortKey;
        }

        if (entity.Citations.Count > 0)
        {
            properties[GraphSchema.Citations] = CitationJson.Write(entity.Citations);
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

    /// <summary>The collation keys stored beside the entity's text fields (<see cref="GraphSchema.SortKeyOf"/>), for sorting.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> SortKeys(Entity entity)
    {
        yield return new(GraphSchema.SortKeyOf(GraphSchema.Name), Collation.Key(entity.Name));
        if (entity.Description is not null)
        {
            yield return new(GraphSchema.SortKeyOf(GraphSchema.Description), Collation.Key(entity.Description));
        }

        foreach (var (name, value) in entity.Properties.Where(p => p.Value.Type == PropertyType.Text).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return new(GraphSchema.SortKeyOf(name), Collation.Key(value.Text!));
        }
    }
}
