using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>Converts sources to <c>(:Source)</c> property maps and back; dates are Cypher DATE values.</summary>
public static class SourceMapper
{
    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string Url = "url";
    public const string PublishedOn = "publishedOn";
    public const string AccessedOn = "accessedOn";

    public static Dictionary<string, object?> ToProperties(Source source)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [GraphSchema.Key] = source.Key,
            [Title] = source.Title,
        };
        AddIfPresent(properties, Publisher, source.Publisher);
        AddIfPresent(properties, Url, source.Url);
        AddIfPresent(properties, PublishedOn, source.PublishedOn);
        AddIfPresent(properties, AccessedOn, source.AccessedOn);
        return properties;
    }

    public static Source FromNode(Neo4jNode node) => new()
    {
        Key = (string)node[GraphSchema.Key]!,
        Title = (string)node[Title]!,
        Publisher = node[Publisher] as string,
        Url = node[Url] as string,
        PublishedOn = node[PublishedOn] as DateOnly?,
        AccessedOn = node[AccessedOn] as DateOnly?,
    };

    private static void AddIfPresent(Dictionary<string, object?> properties, string name, object? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }
}
