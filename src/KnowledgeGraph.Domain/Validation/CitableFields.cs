using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// The fields a citation's <c>about</c> may name: those the record holds a value in, spelt as in seed files and the
/// GraphQL schema (<c>name</c>, <c>sinceYear</c>, or a property such as <c>lengthKm</c>).
/// </summary>
public static class CitableFields
{
    public static IReadOnlySet<string> Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var fields = new HashSet<string>(StringComparer.Ordinal) { "kind", "name" };
        AddIf(fields, "aliases", entity.Aliases is { Count: > 0 });
        AddIf(fields, "description", !string.IsNullOrEmpty(entity.Description));
        foreach (var name in (entity.Properties ?? new Dictionary<string, PropertyValue>()).Keys)
        {
            fields.Add(name);
        }

        return fields;
    }

    public static IReadOnlySet<string> Of(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var fields = new HashSet<string>(StringComparer.Ordinal) { "type", "from", "to", "confidence" };
        AddIf(fields, "role", !string.IsNullOrEmpty(relationship.Role));
        AddIf(fields, "sinceYear", relationship.SinceYear is not null);
        AddIf(fields, "untilYear", relationship.UntilYear is not null);
        AddIf(fields, "amount", relationship.Amount is not null);
        AddIf(fields, "currency", !string.IsNullOrEmpty(relationship.Currency));
        AddIf(fields, "note", !string.IsNullOrEmpty(relationship.Note));
        return fields;
    }

    private static void AddIf(HashSet<string> fields, string name, bool held)
    {
        if (held)
        {
            fields.Add(name);
        }
    }
}
