using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Importing;

/// <summary>
/// One import written in parts through the store's <see cref="IGraphImportSession"/> (one transaction, all or
/// nothing), telling at the end what it did: a record whose key the store did not hold was created; of the others, as
/// many as the store reports written were updated, the rest were equal to what was stored and left unchanged (the
/// store's own notion of equality, so nothing is compared twice). Into an empty store every record is created, and no
/// key is looked up.
/// </summary>
public sealed class GraphImportRun : IAsyncDisposable
{
    /// <summary>Keys looked up per store call when counting what already exists.</summary>
    private const int LookupBatch = 1000;

    private readonly IGraphStore _store;
    private readonly IGraphImportSession _session;
    private readonly bool _storeWasEmpty;
    private readonly int[] _totals = new int[3];
    private readonly int[] _existing = new int[3];

    private GraphImportRun(IGraphStore store, IGraphImportSession session, bool storeWasEmpty)
    {
        _store = store;
        _session = session;
        _storeWasEmpty = storeWasEmpty;
    }

    public static async Task<GraphImportRun> BeginAsync(IGraphStore store, GraphImport import, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var empty = statistics.EntityCount == 0 && statistics.RelationshipCount == 0 && statistics.SourceCount == 0;
        return new GraphImportRun(store, await store.BeginImportAsync(import, cancellationToken).ConfigureAwait(false), empty);
    }

    /// <summary>Writes the next part (upserts only); a refused part throws with paths relative to it.</summary>
    public async Task WriteAsync(GraphChangeSet part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(part);
        _totals[0] += part.UpsertSources.Count;
        _totals[1] += part.UpsertEntities.Count;
        _totals[2] += part.UpsertRelationships.Count;
        if (!_storeWasEmpty)
        {
            // Read outside the import's transaction: what was committed before it, which is what "existing" means here.
            _existing[0] += await CountAsync(part.UpsertSources.Select(s => s.Key), async (keys, ct) => (await _store.GetSourcesAsync(keys, ct).ConfigureAwait(false)).Count, cancellationToken).ConfigureAwait(false);
            _existing[1] += await CountAsync(part.UpsertEntities.Select(u => u.Entity.Key), async (keys, ct) => (await _store.GetEntitiesAsync(keys, ct).ConfigureAwait(false)).Count, cancellationToken).ConfigureAwait(false);
            _existing[2] += await CountAsync(part.UpsertRelationships.Select(r => r.Key), async (keys, ct) => (await _store.GetRelationshipsByKeyAsync(keys, ct).ConfigureAwait(false)).Count, cancellationToken).ConfigureAwait(false);
        }

        await _session.WriteAsync(part, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ImportSummary> CommitAsync(CancellationToken cancellationToken = default)
    {
        var result = await _session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ImportSummary(
            Counts(_totals[0], _existing[0], result.SourcesWritten),
            Counts(_totals[1], _existing[1], result.EntitiesWritten),
            Counts(_totals[2], _existing[2], result.RelationshipsWritten),
            result);
    }

    public ValueTask DisposeAsync() => _session.DisposeAsync();

    private static RecordCounts Counts(int total, int existing, int written)
    {
        var created = total - existing;
        var updated = Math.Clamp(written - created, 0, existing);
        return new RecordCounts(created, updated, existing - updated);
    }

    private static async Task<int> CountAsync(
        IEnumerable<string> keys, Func<IReadOnlyCollection<string>, CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        var found = 0;
        foreach (var chunk in keys.Chunk(LookupBatch))
        {
            found += await count(chunk, cancellationToken).ConfigureAwait(false);
        }

        return found;
    }
}
