using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Storage.Common.Neo4jLayout;

/// <summary>The property map of a <c>(:Source)</c> node; dates are Cypher DATE values.</summary>
public static class SourceProperties
{
    public const string Title = "title";
    public const string Publisher = "publisher";
    public const string Url = "url";
    public const string PublishedOn = "publishedOn";
    public const string AccessedOn = "accessedOn";

    public static Dictionary<string, object?> Of(Source source)
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

    private static void AddIfPresent(Dictionary<string, object?> properties, string name, object? value)
    {
        if (value is not null)
        {
            properties[name] = value;
        }
    }
}
