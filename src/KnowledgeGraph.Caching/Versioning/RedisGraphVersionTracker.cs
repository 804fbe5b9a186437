using KnowledgeGraph.Caching.Logging;
using KnowledgeGraph.Caching.Metrics;
using KnowledgeGraph.Domain.Ports;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace KnowledgeGraph.Caching.Versioning;

/// <summary>
/// Multi-instance mode. Writers publish the store's new graph version on a Redis channel after the commit; every
/// instance raises its version on receipt, so its older entries (L1 and L2) are never read again.
/// The cache is trusted only while this instance is provably subscribed: after start-up and after any connection
/// loss it bypasses the cache until it has (1) seen its own probe message come back through the subscription and
/// (2) re-read the store's graph version — a write made meanwhile anywhere is then reflected in every new key.
/// Every advance, whatever its cause, is announced on the change feed. With a store that has bookmarks (a Neo4j
/// cluster), each announcement carries the store's bookmarks, and a receiving instance hands them to its store before
/// it moves on to the version, so that its reads under that version see the write.
/// </summary>
public sealed class RedisGraphVersionTracker : IGraphVersionTracker, IDisposable
{
    private const string ProbePrefix = "probe:";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly IConnectionMultiplexer _redis;
    private readonly IGraphStore _store;
    private readonly IGraphBookmarks? _bookmarks;
    private readonly GraphCacheMetrics _metrics;
    private readonly GraphChangeFeed _changes;
    private readonly ILogger _logger;
    private readonly TimeSpan _probeTimeout;
    private readonly RedisChannel _channel;
    private readonly Lock _gate = new();

    private long _version;
    private bool _synchronized;
    private long _epoch;
    private Task? _synchronization;
    private string? _probeNonce;
    private TaskCompletionSource? _probeReceived;
    private bool _subscribed;
    private bool _disposed;

    public RedisGraphVersionTracker(
        IConnectionMultiplexer redis, IGraphStore store, GraphCacheMetrics metrics, GraphChangeFeed changes,
        ILogger<RedisGraphVersionTracker> logger, string keyPrefix, TimeSpan probeTimeout, IGraphBookmarks? bookmarks = null)
    {
        _redis = redis;
        _store = store;
        _bookmarks = bookmarks;
        _metrics = metrics;
        _changes = changes;
        _logger = logger;
        _probeTimeout = probeTimeout;
        _channel = RedisChannel.Literal(keyPrefix + "graph-version");
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;
    }

    /// <summary>True while cached answers may be served; false while the cache is bypassed.</summary>
    public bool IsSynchronized
    {
        get
        {
            lock (_gate)
            {
                return _synchronized && _redis.IsConnected;
            }
        }
    }

    /// <summary>The highest graph version this instance knows of.</summary>
    public long KnownVersion
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    public ValueTask<long?> GetCacheVersionAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_synchronized && _redis.IsConnected)
            {
                return ValueTask.FromResult<long?>(_version);
            }

            if (_synchronized)
            {
                LoseSynchronizationLocked();
            }

            StartSynchronizationLocked();
            return ValueTask.FromResult<long?>(null);
        }
    }

    /// <summary>Starts synchronising now (e.g. at host start-up) instead of on the first read; safe to call any time.</summary>
    public Task SynchronizeAsync()
    {
        lock (_gate)
        {
            return _synchronized ? Task.CompletedTask : StartSynchronizationLocked();
        }
    }

    public async Task NotifyWrittenAsync(long graphVersion, CancellationToken cancellationToken = default)
    {
        Advance(graphVersion, "write");
        try
        {
            await _redis.GetSubscriber().PublishAsync(_channel, Announce(graphVersion)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            // The others may not have heard of this write. This instance stops trusting the cache; when it
            // re-synchronises it publishes the store's version again, which reaches everyone subscribed by then.
            GraphCacheLog.PublishFailed(_logger, graphVersion, ex);
            lock (_gate)
            {
                LoseSynchronizationLocked();
                StartSynchronizationLocked();
            }
        }
    }

    public void MarkUncertain()
    {
        lock (_gate)
        {
            // Re-synchronising re-reads the store's version and publishes it, so the other instances learn of the
            // write too, even if nobody reads through this instance.
            LoseSynchronizationLocked();
            StartSynchronizationLocked();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _synchronized = false;
        }

        _redis.ConnectionFailed -= OnConnectionFailed;
        _redis.ConnectionRestored -= OnConnectionRestored;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        GraphCacheLog.ConnectionLost(_logger, e.ConnectionType.ToString(), e.EndPoint?.ToString(), e.FailureType.ToString());
        lock (_gate)
        {
            LoseSynchronizationLocked();
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        GraphCacheLog.ConnectionRestored(_logger, e.ConnectionType.ToString(), e.EndPoint?.ToString());
        lock (_gate)
        {
            // A restored link may still have missed messages while it was down: start over from the store.
            LoseSynchronizationLocked();
            StartSynchronizationLocked();
        }
    }

    private void LoseSynchronizationLocked()
    {
        _synchronized = false;
        _epoch++;
    }

    /// <summary>Starts a synchronisation unless one is running. Callers hold <c>_gate</c>, so the task's own
    /// <c>finally</c> cannot run before <c>_synchronization</c> is assigned.</summary>
    private Task StartSynchronizationLocked(TimeSpan delay = default)
    {
        if (_disposed)
        {
            return Task.CompletedTask;
        }

        if (_synchronization is { IsCompleted: false } running)
        {
            return running;
        }

        var epoch = _epoch;
        _synchronization = Task.Run(() => SynchronizeCoreAsync(epoch, delay));
        return _synchronization;
    }

    private async Task SynchronizeCoreAsync(long epoch, TimeSpan delay)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay).ConfigureAwait(false);
            }

            if (Volatile.Read(ref _disposed) || !_redis.IsConnected)
            {
                return;
            }

            var subscriber = _redis.GetSubscriber();
            if (!_subscribed)
            {
                await subscriber.SubscribeAsync(_channel, OnMessage).ConfigureAwait(false);
                _subscribed = true;
            }

            // Prove that messages published now reach this instance: every write committed after this point is
            // announced after it too, so it will be heard.
            var nonce = Guid.NewGuid().ToString("N");
            var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _probeNonce = nonce;
                _probeReceived = received;
            }

            await subscriber.PublishAsync(_channel, ProbePrefix + nonce).ConfigureAwait(false);
            await received.Task.WaitAsync(_probeTimeout).ConfigureAwait(false);

            // Every write committed before the probe is in the store's version.
            var stored = await _store.GetGraphVersionAsync().ConfigureAwait(false);

            // Tell instances that stayed connected about writes whose announcement may have been lost.
            await subscriber.PublishAsync(_channel, Announce(stored)).ConfigureAwait(false);

            Advance(stored, "resync");
            lock (_gate)
            {
                if (_epoch != epoch || _disposed)
                {
                    return;
                }

                _synchronized = true;
            }

            GraphCacheLog.Synchronized(_logger, stored);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            GraphCacheLog.SynchronizationFailed(_logger, ex);
        }
        finally
        {
            lock (_gate)
            {
                _probeNonce = null;
                _probeReceived = null;

                // Lost again while synchronising, or failed while Redis is up: try again (after a pause) rather
                // than wait for the next read. While Redis is down, ConnectionRestored starts the next attempt.
                if (!_synchronized && !_disposed && _redis.IsConnected)
                {
                    _synchronization = null;
                    StartSynchronizationLocked(RetryDelay);
                }
            }
        }
    }

    private void OnMessage(RedisChannel channel, RedisValue message)
    {
        var text = (string?)message;
        if (text is null)
        {
            GraphCacheLog.MalformedMessage(_logger);
            return;
        }

        if (text.StartsWith(ProbePrefix, StringComparison.Ordinal))
        {
            TaskCompletionSource? received = null;
            lock (_gate)
            {
                if (_probeNonce is not null && text.AsSpan(ProbePrefix.Length).SequenceEqual(_probeNonce))
                {
                    received = _probeReceived;
                }
            }

            received?.TrySetResult();
            return;
        }

        if (VersionAnnouncement.TryParse(text, out var announcement))
        {
            // Before the version moves on: reads keyed on it must already wait for the write.
            if (announcement.Bookmarks.Count > 0)
            {
                _bookmarks?.Observe(announcement.Bookmarks);
            }

            Advance(announcement.Version, "pubsub");
        }
        else
        {
            GraphCacheLog.MalformedMessage(_logger);
        }
    }

    /// <summary>The message announcing <paramref name="version"/>, with the store's bookmarks, which cover the write behind it.</summary>
    private string Announce(long version) => new VersionAnnouncement(version, _bookmarks?.Current ?? []).Format();

    private void Advance(long version, string cause)
    {
        long old;
        lock (_gate)
        {
            old = _version;
            if (version <= old)
            {
                return;
            }

            _version = version;
        }

        _metrics.Invalidation(cause);
        GraphCacheLog.VersionAdvanced(_logger, old, version, cause);
        _changes.Publish(version);
    }
}
