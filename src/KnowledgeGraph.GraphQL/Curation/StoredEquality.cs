using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.GraphQL.Curation;

/// <summary>
/// Whether a record as given equals the stored one field by field — the test the stores apply before they write
/// (cited sources compared after removing repeats, as stored) — so an upsert can say what it left unchanged.
/// </summary>
public static class StoredEquality
{
    public static bool Same(Entity given, Entity stored) =>
        given.Kind == stored.Kind && given.Name == stored.Name && given.Description == stored.Description &&
        given.Aliases.SequenceEqual(stored.Aliases, StringComparer.Ordinal) &&
        SameSources(given.SourceKeys, stored.SourceKeys) &&
        given.Citations.SequenceEqual(stored.Citations) &&
        given.Properties.Count == stored.Properties.Count &&
        given.Properties.All(p => stored.Properties.TryGetValue(p.Key, out var value) && value == p.Value);

    public static bool Same(Relationship given, Relationship stored) =>
        given with { SourceKeys = stored.SourceKeys, Citations = stored.Citations } == stored &&
        SameSources(given.SourceKeys, stored.SourceKeys) && given.Citations.SequenceEqual(stored.Citations);

    private static bool SameSources(IReadOnlyList<string> given, IReadOnlyList<string> stored) =>
        given.Distinct(StringComparer.Ordinal).SequenceEqual(stored, StringComparer.Ordinal);
}
