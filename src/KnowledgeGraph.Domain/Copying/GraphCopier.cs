using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Copying;

/// <summary>
/// Copies a whole graph from one store to another through the port alone: sources first, then entities, then
/// relationships, each in batches applied with <see cref="IGraphStore.ApplyAsync"/>, so that every batch finds
/// what it cites already copied. Upserts are idempotent: running a copy again changes nothing. Versions are the
/// target's own. Each batch is all or nothing; a failed copy can be rerun.
/// </summary>
public sealed class GraphCopier
{
    public async Task<GraphCopyResult> CopyAsync(
        IGraphStore from,
        IGraphStore to,
        GraphCopyOptions? options = null,
        IProgress<GraphCopyProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        options ??= new GraphCopyOptions();
        if (options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize, "The batch size must be at least 1.");
        }

        if (ReferenceEquals(from, to))
        {
            throw new ArgumentException("A store cannot be copied onto itself.", nameof(to));
        }

        if (options.RequireEmptyTarget)
        {
            var statistics = await to.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            if (statistics.EntityCount + statistics.RelationshipCount + statistics.SourceCount > 0)
            {
                throw new ValidationException(
                    "target",
                    DomainErrorCodes.TargetNotEmpty,
                    $"The target store already holds {statistics.EntityCount} entities, {statistics.RelationshipCount} relationships and {statistics.SourceCount} sources; empty it or allow copying onto it.");
            }
        }

        var sources = await CopyPartAsync(
            from.ReadAllSourcesAsync(cancellationToken), batch => new GraphChangeSet { UpsertSources = batch, Author = Author },
            to, options.BatchSize, "sources", progress, cancellationToken).ConfigureAwait(false);
        var entities = await CopyPartAsync(
            from.ReadAllEntitiesAsync(cancellationToken), batch => new GraphChangeSet { UpsertEntities = batch.Select(e => new EntityUpsert(e)).ToList(), Author = Author },
            to, options.BatchSize, "entities", progress, cancellationToken).ConfigureAwait(false);
        var relationships = await CopyPartAsync(
            from.ReadAllRelationshipsAsync(cancellationToken), batch => new GraphChangeSet { UpsertRelationships = batch, Author = Author },
            to, options.BatchSize, "relationships", progress, cancellationToken).ConfigureAwait(false);

        var version = await to.GetGraphVersionAsync(cancellationToken).ConfigureAwait(false);
        return new GraphCopyResult(sources, entities, relationships, version);
    }

    private static readonly ChangeAuthor Author = new("graph-copier", "Copied from another store");

    private static async Task<int> CopyPartAsync<T>(
        IAsyncEnumerable<T> items,
        Func<IReadOnlyList<T>, GraphChangeSet> changeSet,
        IGraphStore to,
        int batchSize,
        string part,
        IProgress<GraphCopyProgress>? progress,
        CancellationToken cancellationToken)
    {
        var copied = 0;
        var batch = new List<T>(batchSize);
        await foreach (var item in items.ConfigureAwait(false))
        {
            batch.Add(item);
            if (batch.Count == batchSize)
            {
                copied += await FlushAsync().ConfigureAwait(false);
            }
        }

        if (batch.Count > 0)
        {
            copied += await FlushAsync().ConfigureAwait(false);
        }

        return copied;

        async Task<int> FlushAsync()
        {
            var chunk = batch.ToList();
            batch.Clear();
            await to.ApplyAsync(changeSet(chunk), cancellationToken).ConfigureAwait(false);
            progress?.Report(new GraphCopyProgress(part, copied + chunk.Count));
            return chunk.Count;
        }
    }
}
