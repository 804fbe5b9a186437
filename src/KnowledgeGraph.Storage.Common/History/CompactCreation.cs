using KnowledgeGraph.Domain.History;

namespace KnowledgeGraph.Storage.Common.History;

/// <summary>
/// A creation recorded without its state, as both stores now record one: the state it left is read back (from the
/// subject's next change, or its current record) and filled in here, with the fields it set, so that a compact
/// creation reads exactly as one stored whole.
/// </summary>
public static class CompactCreation
{
    /// <summary>Whether <paramref name="record"/> is a creation still missing its state (one stored whole is not).</summary>
    public static bool IsOpen(ChangeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Operation == ChangeOperation.Created && record.After is null;
    }

    /// <summary><paramref name="record"/> with the state it created and the fields that state sets.</summary>
    public static ChangeRecord Complete(ChangeRecord record, ChangeSnapshot state)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record with { After = state, ChangedFields = FieldDiff.Between(null, state) };
    }

    /// <summary>
    /// <paramref name="records"/> with every open creation completed by the state <paramref name="stateOf"/> reads back
    /// for it (left as it is when none can be).
    /// </summary>
    public static List<ChangeRecord> CompleteAll(IEnumerable<ChangeRecord> records, Func<ChangeRecord, ChangeSnapshot?> stateOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stateOf);
        return records.Select(r => IsOpen(r) && stateOf(r) is { } state ? Complete(r, state) : r).ToList();
    }
}
