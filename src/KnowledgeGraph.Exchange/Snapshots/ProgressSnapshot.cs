using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Exchange.Snapshots;

/// <summary>
/// Reports every record an export reads from <paramref name="inner"/> to <paramref name="progress"/> (a running
/// total over the three sequences), so a writer needs to know nothing of progress bars.
/// </summary>
public sealed class ProgressSnapshot(IGraphSnapshot inner, IProgress<long> progress) : IGraphSnapshot
{
    private long _records;

    public IAsyncEnumerable<Source> ReadSourcesAsync(CancellationToken cancellationToken = default) =>
        CountAsync(inner.ReadSourcesAsync(cancellationToken), cancellationToken);

    public IAsyncEnumerable<Entity> ReadEntitiesAsync(CancellationToken cancellationToken = default) =>
        CountAsync(inner.ReadEntitiesAsync(cancellationToken), cancellationToken);

    public IAsyncEnumerable<Relationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default) =>
        CountAsync(inner.ReadRelationshipsAsync(cancellationToken), cancellationToken);

    private async IAsyncEnumerable<T> CountAsync<T>(IAsyncEnumerable<T> records, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return record;
            progress.Report(Interlocked.Increment(ref _records));
        }
    }
}
