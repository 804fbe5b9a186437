using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Domain.History;

/// <summary>
/// The canonical field-by-field comparison of two states of a subject. Fields are named as in the seed format
/// (camelCase: <c>name</c>, <c>aliases</c>, <c>sourceKeys</c>, an entity's properties by their declared names such as
/// <c>lengthKm</c>), core fields first in a fixed order, then properties in ordinal order. A missing state counts as
/// every field empty, so a creation or deletion lists the fields that hold a value. The key and the entity version are
/// not fields: they identify the subject and the change.
/// </summary>
public static class FieldDiff
{
    private static readonly string[] EntityFields = ["kind", "name", "aliases", "description", "sourceKeys", "citations"];

    private static readonly string[] RelationshipFields =
        ["type", "fromKey", "toKey", "role", "sinceYear", "untilYear", "amount", "currency", "note", "confidence", "sourceKeys", "citations"];

    private static readonly string[] SourceFields = ["title", "publisher", "url", "publishedOn", "accessedOn"];

    public static IReadOnlyList<string> Between(ChangeSnapshot? before, ChangeSnapshot? after)
    {
        if (before is not null && after is not null && before.SubjectKind != after.SubjectKind)
        {
            throw new ArgumentException($"Cannot compare a {before.SubjectKind} with a {after.SubjectKind}.", nameof(after));
        }

        var old = Fields(before);
        var current = Fields(after);
        var core = (before ?? after) switch
        {
            EntitySnapshot => EntityFields,
            RelationshipSnapshot => RelationshipFields,
            SourceSnapshot => SourceFields,
            _ => [],
        };
        return old.Keys.Union(current.Keys, StringComparer.Ordinal)
            .Where(name => !string.Equals(old.GetValueOrDefault(name), current.GetValueOrDefault(name), StringComparison.Ordinal))
            .OrderBy(name => Array.IndexOf(core, name) is var index and >= 0 ? index : core.Length)
            .ThenBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every field that holds a value, rendered to an invariant text so that equal values compare equal.</summary>
    private static Dictionary<string, string> Fields(ChangeSnapshot? snapshot)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (snapshot)
        {
            case EntitySnapshot { Entity: var e }:
                Add(fields, "kind", e.Kind.ToString());
                Add(fields, "name", e.Name);
                Add(fields, "aliases", e.Aliases);
                Add(fields, "description", e.Description);
                Add(fields, "sourceKeys", e.SourceKeys);
                Add(fields, "citations", e.Citations);
                foreach (var (name, value) in e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Add(fields, name, $"{value.Type}:{value}");
                }

                break;
            case RelationshipSnapshot { Relationship: var r }:
                Add(fields, "type", r.Type);
                Add(fields, "fromKey", r.FromKey);
                Add(fields, "toKey", r.ToKey);
                Add(fields, "role", r.Role);
                Add(fields, "sinceYear", Invariant(r.SinceYear));
                Add(fields, "untilYear", Invariant(r.UntilYear));
                Add(fields, "amount", r.Amount?.ToString("R", CultureInfo.InvariantCulture));
                Add(fields, "currency", r.Currency);
                Add(fields, "note", r.Note);
                Add(fields, "confidence", r.Confidence.ToString());
                Add(fields, "sourceKeys", r.SourceKeys);
                Add(fields, "citations", r.Citations);
                break;
            case SourceSnapshot { Source: var s }:
                Add(fields, "title", s.Title);
                Add(fields, "publisher", s.Publisher);
                Add(fields, "url", s.Url);
                Add(fields, "publishedOn", s.PublishedOn?.ToString("O", CultureInfo.InvariantCulture));
                Add(fields, "accessedOn", s.AccessedOn?.ToString("O", CultureInfo.InvariantCulture));
                break;
        }

        return fields;
    }

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void Add(Dictionary<string, string> fields, string name, string? value)
    {
        if (value is not null)
        {
            fields[name] = value;
        }
    }

    private static void Add(Dictionary<string, string> fields, string name, IReadOnlyList<Citation> citations) =>
        Add(fields, name, citations.Select(c => string.Join('\u001e', c.SourceKey, c.Quote ?? "\u0000", c.Locator ?? "\u0000", c.About ?? "\u0000")).ToList());

    private static void Add(Dictionary<string, string> fields, string name, IReadOnlyList<string> values)
    {
        // The unit separator cannot occur in keys or aliases that pass validation, so joined lists compare exactly.
        if (values.Count > 0)
        {
            fields[name] = string.Join('\u001f', values);
        }
    }
}
