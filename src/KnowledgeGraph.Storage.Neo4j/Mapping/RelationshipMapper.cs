using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Common;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>Reads relationships back from those written with <see cref="RelationshipProperties"/>; the type is the Neo4j type.</summary>
public static class RelationshipMapper
{
    public static Relationship FromRelationship(Neo4jRelationship relationship, string fromKey, string toKey) => new()
    {
        Key = (string)relationship[GraphSchema.Key]!,
        Type = relationship.Type,
        FromKey = fromKey,
        ToKey = toKey,
        Role = relationship[RelationshipProperties.Role] as string,
        SinceYear = relationship[RelationshipProperties.SinceYear] is long since ? (int)since : null,
        UntilYear = relationship[RelationshipProperties.UntilYear] is long until ? (int)until : null,
        Amount = relationship[RelationshipProperties.Amount] switch
        {
            double number => number,
            long integer => integer,
            _ => null,
        },
        Currency = relationship[RelationshipProperties.Currency] as string,
        Note = relationship[RelationshipProperties.Note] as string,
        Confidence = Enum.TryParse<Confidence>(relationship[RelationshipProperties.Confidence] as string, out var confidence) ? confidence : Domain.Relationships.Confidence.Confirmed,
        SourceKeys = EntityMapper.Strings(relationship[GraphSchema.SourceKeys]),
        Citations = CitationJson.Read(relationship[GraphSchema.Citations] as string),
    };
}
