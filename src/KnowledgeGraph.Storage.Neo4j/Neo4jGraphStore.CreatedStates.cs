using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Common.History;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Where a creation's state lives now that its <c>(:Change)</c> node keeps no copy of it: every later change of the
/// subject records its state before, so the state a creation left is the before-state of the subject's next change,
/// or, when nothing changed it since, the subject as it is now. Creations stored whole by earlier versions are read as
/// they are.
/// </summary>
public sealed partial class Neo4jGraphStore
{
    private async Task<IReadOnlyList<ChangeRecord>> CompleteCreationsAsync(IReadOnlyList<ChangeRecord> records, CancellationToken cancellationToken)
    {
        var open = records.Where(CompactCreation.IsOpen).ToList();
        if (open.Count == 0)
        {
            return records;
        }

        // The current states first, the next changes after: a change landing in between is then found as a next change,
        // whose before-state is the created one, rather than taken for the state the creation left.
        var current = new Dictionary<(ChangeSubjectKind, string), ChangeSnapshot>();
        foreach (var group in open.GroupBy(r => r.SubjectKind))
        {
            var keys = group.Select(r => r.SubjectKey).Distinct(StringComparer.Ordinal).ToList();
            var states = group.Key switch
            {
                ChangeSubjectKind.Entity => (await GetEntitiesAsync(keys, cancellationToken).ConfigureAwait(false)).Select(ChangeSnapshot.Of),
                ChangeSubjectKind.Relationship => (await GetRelationshipsByKeyAsync(keys, cancellationToken).ConfigureAwait(false)).Select(ChangeSnapshot.Of),
                _ => (await GetSourcesAsync(keys, cancellationToken).ConfigureAwait(false)).Select(ChangeSnapshot.Of),
            };
            foreach (var state in states.OfType<ChangeSnapshot>())
            {
                current[(state.SubjectKind, state.Key)] = state;
            }
        }

        var next = (await client.RunAsync(ChangeCypher.NextBefore(open), AccessMode.Read, cancellationToken).ConfigureAwait(false)).Records
            .ToDictionary(r => r.Get<long>("sequence"), r => r.Get<string?>("before"));
        return CompactCreation.CompleteAll(records, r => ChangeSnapshotJson.Read(r.SubjectKind, next.GetValueOrDefault(r.Sequence))
            ?? current.GetValueOrDefault((r.SubjectKind, r.SubjectKey)));
    }
}
