using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Storage.Common.Neo4jLayout;

/// <summary>The property map of a relationship: its key, confidence and cited sources, and whichever optional fields it has.</summary>
public static class RelationshipProperties
{
    public const string Role = "role";
    public const string SinceYear = "sinceYear";
    public const string UntilYear = "untilYear";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string Note = "note";
    public const string Confidence = "confidence";

    public static Dictionary<string, object?> Of(Relationship relationship)
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
}
