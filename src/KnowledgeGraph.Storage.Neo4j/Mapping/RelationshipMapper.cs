using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Storage.Common;
using KnowledgeGraph.Storage.Neo4j.Client.Values;

namespace KnowledgeGraph.Storage.Neo4j.Mapping;

/// <summary>Converts relationships to Neo4j relationship property maps and back; the type is the Neo4j type.</summary>
public static class RelationshipMapper
{
    public const string Role = "role";
    public const string SinceYear = "sinceYear";
    public const string UntilYear = "untilYear";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string Note = "note";
    public const string Confidence = "confidence";

    public static Dictionary<string, object?> ToProperties(Relationship relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [GraphSchema.Key] = relationship.Key,
            [Confidence] = relationship.Confidence.ToString(),
            [GraphSchema.SourceKeys] = relationship.SourceKeys.ToList(),
        };
        if (relationship.Role is not null)
        {
            properties[Role] = relationship.Role;
        }

        if (relationship.SinceYear is { } since)
        {
            properties[SinceYear] = (long)since;
        }

        if (relationship.UntilYear is { } until)
        {
            properties[UntilYear] = (long)until;
        }

        if (relationship.Amount is { } amount)
        {
            properties[Amount] = amount;
        }

        if (relationship.Currency is not null)
        {
            properties[Currency] = relationship.Currency;
        }

        if (relationship.Note is not null)
        {
            properties[Note] = relationship.Note;
        }

        if (relationship.Citations.Count > 0)
        {
            properties[GraphSchema.Citations] = CitationJson.Write(relationship.Citations);
        }

        return properties;
    }

    public static Relationship FromRelationship(Neo4jRelationship relationship, string fromKey, string toKey) => new()
    {
        Key = (string)relationship[GraphSchema.Key]!,
        Type = relationship.Type,
        FromKey = fromKey,
        ToKey = toKey,
        Role = relationship[Role] as string,
        SinceYear = relationship[SinceYear] is long since ? (int)since : null,
        UntilYear = relationship[UntilYear] is long until ? (int)until : null,
        Amount = relationship[Amount] switch
        {
            double number => number,
            long integer => integer,
            _ => null,
        },
        Currency = relationship[Currency] as string,
        Note = relationship[Note] as string,
        Confidence = Enum.TryParse<Confidence>(relationship[Confidence] as string, out var confidence) ? confidence : Domain.Relationships.Confidence.Confirmed,
        SourceKeys = EntityMapper.Strings(relationship[GraphSchema.SourceKeys]),
        Citations = CitationJson.Read(relationship[GraphSchema.Citations] as string),
    };
}
