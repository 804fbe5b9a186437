using System.Diagnostics;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>
/// Keeps an <see cref="AdjacencyIndex"/> of the database in step with the graph version. Each request reads the
/// version (one small query) and is answered by an index of that version or newer, never older. A version moved on
/// by writes — this process's or another's on the same file — is caught up from the change log since the index's
/// position, touching only what changed. A gap the change log cannot close record by record (over
/// <see cref="SqliteTraversalOptions.IncrementalMaxChanges"/> records, or records it does not know) is closed by a
/// full rebuild in the background: requests for versions the current index covers go on being answered by it, those
/// for newer versions wait for the rebuild. An index whose changes have grown large is compacted in the background.
/// </summary>
public sealed class SqliteAdjacencyIndexCache : IDisposable
{
    /// <summary>Entities with changed adjacency (at least this many, and one in 16) before the index is compacted.</summary>
    private const int MinCompactionOverlay = 4096;

    private readonly SqliteGraphStore _store;
    private readonly SqliteAdjacencyIndexReader _reader;
    private readonly int _maxChanges;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _update = new(1, 1);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private volatile AdjacencySnapshot? _current;
    private Task? _rebuild;
    private bool _compacting;
    private int _buildCount;
    private int _updateCount;
    private int _compactionCount;
    private int _disposeCount;

    public SqliteAdjacencyIndexCache(
        SqliteConnectionFactory connections, SqliteGraphStore store, int incrementalMaxChanges = SqliteTraversalOptions.DefaultIncrementalMaxChanges,
        ILogger? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(incrementalMaxChanges);
        _store = store;
        _reader = new SqliteAdjacencyIndexReader(connections);
        _maxChanges = incrementalMaxChanges;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Full builds from the database, for diagnostics and tests.</summary>
    public int BuildCount => Volatile.Read(ref _buildCount);

    /// <summary>Catch-ups applied from the change log (each covering one or more committed writes).</summary>
    public int UpdateCount => Volatile.Read(ref _updateCount);

    /// <summary>Compactions of an index's accumulated changes into compact arrays.</summary>
    public int CompactionCount => Volatile.Read(ref _compactionCount);

    /// <summary>True once a first index exists: what readiness waits for.</summary>
    public bool IsBuilt => _current is not null;

    /// <summary>A seam for tests: awaited before each full build reads the database, so a build can be held in flight.</summary>
    internal Func<Task>? BeforeBuild { get; set; }

    /// <summary>The last compaction started in the background, for tests to wait for; it never throws.</summary>
    internal Task Compaction { get; private set; } = Task.CompletedTask;

    /// <summary>The index currently held, without reading the graph version (null before the first build).</summary>
    public AdjacencySnapshot? Current => _current;

    public async ValueTask<AdjacencyIndex> GetAsync(CancellationToken cancellationToken)
    {
        var version = await _store.GetGraphVersionAsync(cancellationToken).ConfigureAwait(false);
        return (await GetAtLeastAsync(version, cancellationToken).ConfigureAwait(false)).Index;
    }

    /// <summary>An index of graph version <paramref name="version"/> or newer, waiting for a catch-up or rebuild when needed.</summary>
    public async ValueTask<AdjacencySnapshot> GetAtLeastAsync(long version, CancellationToken cancellationToken)
    {
        while (true)
        {
            var current = _current;
            if (current is not null && current.Version >= version)
            {
                return current;
            }

            Task rebuild;
            await _update.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                current = _current;
                if (current is not null && current.Version >= version)
                {
                    return current;
                }

                lock (_gate)
                {
                    rebuild = _rebuild ?? Task.CompletedTask;
                }

                if (current is not null && rebuild.IsCompleted)
                {
                    var (next, reason) = await _reader.CatchUpAsync(current, _maxChanges, cancellationToken).ConfigureAwait(false);
                    if (next is not null)
                    {
                        if (!ReferenceEquals(next, current))
                        {
                            Publish(next);
                            Interlocked.Increment(ref _updateCount);
                            CompactInBackgroundIfLarge(next);
                        }

                        continue;
                    }

                    SqliteIndexLog.RebuildNeeded(_logger, current.Version, reason!);
                }

                rebuild = StartRebuild();
            }
            finally
            {
                _update.Release();
            }

            await rebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Starts the first build without waiting for it (at start-up, so that readiness can report it).</summary>
    public Task WarmUpAsync() => GetAsync(_disposed.Token).AsTask();

    public void Dispose()
    {
        // The container disposes the traversal once per registration it is resolved through (itself and the port).
        if (Interlocked.Exchange(ref _disposeCount, 1) == 1)
        {
            return;
        }

        _disposed.Cancel();
        _update.Dispose();
        _disposed.Dispose();
    }

    private Task StartRebuild()
    {
        lock (_gate)
        {
            return _rebuild is { IsCompleted: false } running ? running : _rebuild = Task.Run(RebuildAsync);
        }
    }

    private async Task RebuildAsync()
    {
        // Not the requesting caller's token: other requests wait for the same build.
        if (BeforeBuild is { } hold)
        {
            await hold().ConfigureAwait(false);
        }

        var watch = Stopwatch.StartNew();
        var snapshot = await _reader.BuildAsync(_disposed.Token).ConfigureAwait(false);
        Publish(snapshot);
        Interlocked.Increment(ref _buildCount);
        SqliteIndexLog.Built(_logger, snapshot.Version, snapshot.Index.EntityCount, snapshot.Index.RelationshipCount, watch.ElapsedMilliseconds);

        // The lookup that updates need is built now, off the request path (requests waiting for this build go on at
        // once), rather than by the first write after start.
        _ = Task.Run(snapshot.Index.PrepareForUpdates);
    }

    private void CompactInBackgroundIfLarge(AdjacencySnapshot snapshot)
    {
        var index = snapshot.Index;
        if (index.OverlaySize < Math.Max(MinCompactionOverlay, index.EntityCount / 16))
        {
            return;
        }

        lock (_gate)
        {
            if (_compacting)
            {
                return;
            }

            _compacting = true;
        }

        Compaction = Task.Run(() => CompactAsync(snapshot));
    }

    private async Task CompactAsync(AdjacencySnapshot snapshot)
    {
        try
        {
            var compacted = snapshot with { Index = snapshot.Index.Compact() };
            compacted.Index.PrepareForUpdates();
            await _update.WaitAsync(_disposed.Token).ConfigureAwait(false);
            try
            {
                // Writes committed meanwhile are applied to the compacted version as to any other.
                var (next, _) = await _reader.CatchUpAsync(compacted, _maxChanges, _disposed.Token).ConfigureAwait(false);
                if (next is not null && next.Version >= (_current?.Version ?? 0))
                {
                    Publish(next);
                    Interlocked.Increment(ref _compactionCount);
                }
            }
            finally
            {
                _update.Release();
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // Shutting down: nothing to keep.
        }
        catch (Exception exception) when (exception is InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The index in use stays right; only its compaction is lost, and the next large update tries again.
            SqliteIndexLog.CompactionFailed(_logger, exception);
        }
        finally
        {
            lock (_gate)
            {
                _compacting = false;
            }
        }
    }

    private void Publish(AdjacencySnapshot snapshot)
    {
        lock (_gate)
        {
            if (_current is null || snapshot.Version >= _current.Version)
            {
                _current = snapshot;
            }
        }
    }
}
