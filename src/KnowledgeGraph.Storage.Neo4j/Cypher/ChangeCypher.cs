using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Mapping;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>The statements of the change history: recording a change set's changes, and reading one subject's.</summary>
public static class ChangeCypher
{
    /// <summary>
    /// Creates one <c>(:Change)</c> node per row, inside the change set's transaction, each marked with the attempt's
    /// <paramref name="writeId"/> so that a commit whose answer was lost can be recognised (<see cref="WriteCypher.CommitLanded"/>).
    /// </summary>
    public static CypherStatement Record(IEnumerable<IReadOnlyDictionary<string, object?>> rows, string writeId) => new(
        $"UNWIND $rows AS row\nCREATE (c:{GraphSchema.ChangeLabel})\nSET c = row, c.{GraphSchema.WriteId} = $writeId",
        new Dictionary<string, object?> { ["rows"] = rows.ToList(), ["writeId"] = writeId });

    /// <summary>The newest changes of each of many subjects of one kind, each subject's read through the <c>subjectKey</c> index.</summary>
    public static CypherStatement Recent(IReadOnlyCollection<string> subjectKeys, ChangeSubjectKind subjectKind, int takePerSubject) => new(
        "UNWIND $keys AS key\n" +
        $"CALL (key) {{ MATCH (c:{GraphSchema.ChangeLabel} {{subjectKey: key}}) WHERE c.subjectKind = $kind RETURN c ORDER BY c.sequence DESC LIMIT $take }}\n" +
        "RETURN c",
        new Dictionary<string, object?>
        {
            ["keys"] = subjectKeys.Distinct(StringComparer.Ordinal).ToList(),
            ["kind"] = subjectKind.ToString(),
            ["take"] = (long)takePerSubject,
        });

    /// <summary>
    /// One page of a subject's changes, newest first, and the size of its whole history. A subject's history is read
    /// through the <c>subjectKey</c> index and is small, so it is ordered in full before the page is cut.
    /// </summary>
    public static CypherStatement History(ChangeHistoryQuery query) => new(
        $"MATCH (c:{GraphSchema.ChangeLabel} {{subjectKey: $key}})\n" +
        "WHERE $kind IS NULL OR c.subjectKind = $kind\n" +
        "WITH c ORDER BY c.sequence DESC\n" +
        "WITH collect(c) AS changes\n" +
        "WITH size(changes) AS total, [c IN changes WHERE $before IS NULL OR c.sequence < $before] AS remaining\n" +
        "RETURN total, remaining[0..$take] AS items, size(remaining) > $take AS hasMore",
        new Dictionary<string, object?>
        {
            ["key"] = query.SubjectKey,
            ["kind"] = query.SubjectKind?.ToString(),
            ["before"] = query.BeforeSequence,
            ["take"] = (long)query.Take,
        });

    /// <summary>
    /// For each compact creation (<c>rows</c> of subject kind, key and sequence), the state before the subject's next
    /// change, which is the state the creation left; a creation whose subject has not changed since gets no row.
    /// </summary>
    public static CypherStatement NextBefore(IEnumerable<ChangeRecord> creations) => new(
        "UNWIND $rows AS row\n" +
        $"CALL (row) {{ MATCH (n:{GraphSchema.ChangeLabel} {{subjectKey: row.key}}) WHERE n.subjectKind = row.kind AND n.sequence > row.sequence " +
        "RETURN n.before AS before ORDER BY n.sequence LIMIT 1 }\n" +
        "RETURN row.sequence AS sequence, before",
        new Dictionary<string, object?>
        {
            ["rows"] = creations.Select(c => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["kind"] = c.SubjectKind.ToString(),
                ["key"] = c.SubjectKey,
                ["sequence"] = c.Sequence,
            }).ToList(),
        });
}
