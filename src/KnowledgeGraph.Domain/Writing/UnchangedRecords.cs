using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// Whether an upsert would leave a stored record as it is: every field the record's writer sets compared, the version
/// (which the store sets) left out, cited sources compared after removing repeats (stores keep each source once). The
/// Neo4j planner decides with it which records to write, and <c>upsertGraph</c> what it reports unchanged; the SQLite
/// writer makes the same comparison inside its upsert statement, where it must be atomic with the write.
/// </summary>
public static class UnchangedRecords
{
    public static bool Same(Entity given, Entity stored) =>
        given.Key == stored.Key && given.Kind == stored.Kind && given.Name == stored.Name && given.Description == stored.Description &&
        given.Aliases.SequenceEqual(stored.Aliases, StringComparer.Ordinal) &&
        SameSources(given.SourceKeys, stored.SourceKeys) &&
        given.Citations.SequenceEqual(stored.Citations) &&
        given.Properties.Count == stored.Properties.Count &&
        given.Properties.All(p => stored.Properties.TryGetValue(p.Key, out var value) && value == p.Value);

    public static bool Same(Relationship given, Relationship stored) =>
        given.Key == stored.Key && given.Type == stored.Type && given.FromKey == stored.FromKey && given.ToKey == stored.ToKey &&
        given.Role == stored.Role && given.SinceYear == stored.SinceYear && given.UntilYear == stored.UntilYear &&
        Nullable.Equals(given.Amount, stored.Amount) && given.Currency == stored.Currency && given.Note == stored.Note &&
        given.Confidence == stored.Confidence &&
        SameSources(given.SourceKeys, stored.SourceKeys) &&
        given.Citations.SequenceEqual(stored.Citations);

    private static bool SameSources(IReadOnlyList<string> given, IReadOnlyList<string> stored) =>
        given.Distinct(StringComparer.Ordinal).SequenceEqual(stored, StringComparer.Ordinal);
}
