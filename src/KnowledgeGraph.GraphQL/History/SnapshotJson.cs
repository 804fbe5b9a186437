using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.GraphQL.History;

/// <summary>
/// A change snapshot as a JSON object for the <c>JSON</c> scalar: the record's fields under the names
/// <see cref="FieldDiff"/> uses (an entity's kind-specific properties under <c>properties</c>), so each name in
/// <c>changedFields</c> can be looked up in it.
/// </summary>
public static class SnapshotJson
{
    public const string Properties = "properties";

    public static Dictionary<string, object?>? ToObject(ChangeSnapshot? snapshot) => snapshot switch
    {
        null => null,
        EntitySnapshot { Entity: var e } => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = e.Key,
            ["kind"] = e.Kind.ToString(),
            ["name"] = e.Name,
            ["aliases"] = e.Aliases,
            ["description"] = e.Description,
            ["sourceKeys"] = e.SourceKeys,
            ["citations"] = Citations(e.Citations),
            [Properties] = e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value.AsObject(), StringComparer.Ordinal),
            ["version"] = e.Version,
        },
        RelationshipSnapshot { Relationship: var r } => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = r.Key,
            ["type"] = r.Type,
            ["fromKey"] = r.FromKey,
            ["toKey"] = r.ToKey,
            ["role"] = r.Role,
            ["sinceYear"] = r.SinceYear,
            ["untilYear"] = r.UntilYear,
            ["amount"] = r.Amount,
            ["currency"] = r.Currency,
            ["note"] = r.Note,
            ["confidence"] = r.Confidence.ToString(),
            ["sourceKeys"] = r.SourceKeys,
            ["citations"] = Citations(r.Citations),
        },
        SourceSnapshot { Source: var s } => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = s.Key,
            ["title"] = s.Title,
            ["publisher"] = s.Publisher,
            ["url"] = s.Url,
            ["publishedOn"] = s.PublishedOn?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["accessedOn"] = s.AccessedOn?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        },
        _ => throw new ArgumentException($"Unknown snapshot type {snapshot.GetType().Name}.", nameof(snapshot)),
    };

    /// <summary>The value of one changed field in a snapshot object: a top-level field, else an entity property; null when absent.</summary>
    public static object? FieldValue(Dictionary<string, object?>? snapshot, string field)
    {
        if (snapshot is null)
        {
            return null;
        }

        if (field != Properties && snapshot.TryGetValue(field, out var value))
        {
            return value;
        }

        return snapshot.GetValueOrDefault(Properties) is Dictionary<string, object> properties ? properties.GetValueOrDefault(field) : null;
    }

    /// <summary>Citations as in seed files: <c>source</c>, and <c>quote</c>, <c>locator</c>, <c>about</c> when set.</summary>
    private static List<Dictionary<string, object?>> Citations(IReadOnlyList<Citation> citations) =>
        citations.Select(c =>
        {
            var citation = new Dictionary<string, object?>(StringComparer.Ordinal) { ["source"] = c.SourceKey };
            AddIfSet(citation, "quote", c.Quote);
            AddIfSet(citation, "locator", c.Locator);
            AddIfSet(citation, "about", c.About);
            return citation;
        }).ToList();

    private static void AddIfSet(Dictionary<string, object?> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields[name] = value;
        }
    }
}
