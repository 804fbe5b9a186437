using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.History;

/// <summary>
/// Collects what one change set does to each subject while a store applies it, and turns that into
/// <see cref="ChangeRecord"/>s once the set's graph version is known. A subject touched several times keeps its first
/// "before" and its last "after", so the history holds one change per subject per change set; a subject that ends as
/// it began (including one created and deleted in the same set) records nothing.
/// </summary>
public sealed class ChangeRecorder
{
    private readonly Dictionary<(ChangeSubjectKind, string), (ChangeSnapshot? Before, ChangeSnapshot? After)> _changes = [];
    private readonly List<(ChangeSubjectKind, string)> _order = [];

    /// <summary>Notes that a subject went from <paramref name="before"/> to <paramref name="after"/> (null: absent).</summary>
    public void Record(ChangeSnapshot? before, ChangeSnapshot? after)
    {
        var subject = before ?? after;
        if (subject is null)
        {
            return;
        }

        if (before is not null && after is not null && (before.SubjectKind != after.SubjectKind || before.Key != after.Key))
        {
            throw new ArgumentException("Before and after must describe the same subject.", nameof(after));
        }

        var id = (subject.SubjectKind, subject.Key);
        if (_changes.TryGetValue(id, out var earlier))
        {
            _changes[id] = (earlier.Before, after);
            return;
        }

        _changes[id] = (before, after);
        _order.Add(id);
    }

    /// <summary>How many records <see cref="Complete"/> will produce, for stores that reserve sequence numbers first.</summary>
    public int CountChanges() => _order.Count(id => FieldDiff.Between(_changes[id].Before, _changes[id].After).Count > 0);

    /// <summary>
    /// The records of the changes noted so far, numbered from <paramref name="firstSequence"/> in the order their subjects
    /// were first touched.
    /// </summary>
    public IReadOnlyList<ChangeRecord> Complete(long firstSequence, long graphVersion, ChangeAuthor? author, DateTimeOffset at)
    {
        var records = new List<ChangeRecord>(_order.Count);
        foreach (var id in _order)
        {
            var (before, after) = _changes[id];
            var changedFields = FieldDiff.Between(before, after);
            if (changedFields.Count == 0)
            {
                continue;
            }

            records.Add(new ChangeRecord
            {
                Sequence = firstSequence + records.Count,
                SubjectKind = id.Item1,
                SubjectKey = id.Item2,
                EntityKind = KindOf(after) ?? KindOf(before),
                Operation = before is null ? ChangeOperation.Created : after is null ? ChangeOperation.Deleted : ChangeOperation.Updated,
                Author = author?.Name,
                Comment = author?.Comment,
                At = at.ToUniversalTime(),
                GraphVersion = graphVersion,
                Version = (after as EntitySnapshot)?.Entity.Version,
                ChangedFields = changedFields,
                Before = before,
                After = after,
            });
        }

        return records;
    }

    private static EntityKind? KindOf(ChangeSnapshot? snapshot) => (snapshot as EntitySnapshot)?.Entity.Kind;
}
