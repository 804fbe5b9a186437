using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Storage.Common;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>Converts entities to node property maps and back.</summary>
public static class EntityMapper
{
    public static Dictionary<string, object?> ToProperties(Entity entity, long version)
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

    public static Entity FromNode(Neo4jNode node)
    {
        var kindName = node[GraphSchema.Kind] as string;
        if (!EntityKinds.TryParse(kindName, out var kind))
        {
            throw new FormatException($"Node {node.ElementId} has an unknown kind '{kindName}'.");
        }

        var properties = new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var definition in EntityKinds.Get(kind).Properties)
        {
            if (node[definition.Name] is { } raw && ToPropertyValue(definition.Type, raw) is { } value)
            {
                properties[definition.Name] = value;
            }
        }

        return new Entity
        {
            Key = (string)node[GraphSchema.Key]!,
            Kind = kind,
            Name = (string)node[GraphSchema.Name]!,
            Aliases = Strings(node[GraphSchema.Aliases]),
            Description = node[GraphSchema.Description] as string,
            SourceKeys = Strings(node[GraphSchema.SourceKeys]),
            Citations = CitationJson.Read(node[GraphSchema.Citations] as string),
            Properties = properties,
            Version = node[GraphSchema.Version] is long version ? version : 0,
        };
    }

    public static IReadOnlyList<string> Strings(object? value) =>
        value is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];

    private static PropertyValue? ToPropertyValue(PropertyType type, object raw) => (type, raw) switch
    {
        (PropertyType.Text, string text) => PropertyValue.FromText(text),
        (PropertyType.Integer, long integer) => PropertyValue.FromInteger(integer),
        (PropertyType.Integer, double number) when number == Math.Floor(number) => PropertyValue.FromInteger((long)number),
        (PropertyType.Number, double number) => PropertyValue.FromNumber(number),
        (PropertyType.Number, long integer) => PropertyValue.FromNumber(integer),
        _ => null,
    };
}
