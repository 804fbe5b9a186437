using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>Reads sources back from <c>(:Source)</c> nodes written with <see cref="SourceProperties"/>.</summary>
public static class SourceMapper
{
    public static Source FromNode(Neo4jNode node) => new()
    {
        Key = (string)node[GraphSchema.Key]!,
        Title = (string)node[SourceProperties.Title]!,
        Publisher = node[SourceProperties.Publisher] as string,
        Url = node[SourceProperties.Url] as string,
        PublishedOn = node[SourceProperties.PublishedOn] as DateOnly?,
        AccessedOn = node[SourceProperties.AccessedOn] as DateOnly?,
    };
}
