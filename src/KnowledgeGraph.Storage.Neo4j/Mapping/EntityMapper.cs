using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Storage.Common;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>Reads entities back from nodes written with <see cref="EntityProperties"/>.</summary>
public static class EntityMapper
{
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
