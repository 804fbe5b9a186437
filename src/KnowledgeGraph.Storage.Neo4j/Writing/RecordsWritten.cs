using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// The write stage's progress of one change set or import: the records written so far, as <see cref="Neo4jChangeWriter"/>
/// settles them batch by batch, reported against the total announced (clamped to it, as the writer also counts
/// records it found unchanged).
/// </summary>
internal sealed class RecordsWritten(IProgress<GraphWriteProgress>? progress, long total)
{
    private long _done;

    public void Advance(long count)
    {
        _done += count;
        progress?.Report(new GraphWriteProgress(GraphWriteStage.Records, Math.Clamp(_done, 0, total), total));
    }
}
