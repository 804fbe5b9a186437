using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// The Neo4j path of an import: one explicit Query API transaction, opened with the graph lock, into which each part is
/// written as it comes (checked and written by <see cref="Neo4jChangeWriter"/>, its changes recorded at once), so the
/// session holds one part at a time, never the import. The graph version moves once, at <see cref="CommitAsync"/>. A
/// refused or failed part, a cancellation or disposing before the commit rolls everything back; while the caller
/// prepares the next part, the transaction is kept alive (<see cref="Neo4jOptions.TransactionKeepAlive"/>), as the server
/// would otherwise roll it back when idle.
/// </summary>
internal sealed partial class Neo4jImportSession : IGraphImportSession
{
    private readonly Neo4jQueryClient _client;
    private readonly Neo4jTransaction _transaction;
    private readonly Neo4jChangeWriter _writer;
    private readonly GraphImport _import;
    private readonly int _batchSize;
    private readonly Func<AppliedChangeSet, CancellationToken, Task<bool>> _landed;
    private readonly ILogger _logger;
    private readonly long _version;
    private readonly long _lastSequence;
    private readonly string _writeId = Guid.NewGuid().ToString("N");

    // One change set has one time: every part's changes carry the import's start.
    private readonly DateTimeOffset _at;

    // One request at a time on the transaction: a part, the commit, the rollback or a keep-alive.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ITimer _keepAlive;
    private readonly RecordsWritten _recordsWritten;
    private long _nextSequence;
    private bool _wrote;
    private volatile bool _usedSinceTick;
    private Exception? _keepAliveFailure;
    private State _state = State.Open;
    private GraphChangeResult _written = new(0, 0, 0, 0, 0, 0, 0);

    private enum State
    {
        Open,
        Committed,
        RolledBack,
    }

    private Neo4jImportSession(
        Neo4jQueryClient client, Neo4jTransaction transaction, GraphImport import, Neo4jOptions options, TimeProvider time,
        Func<AppliedChangeSet, CancellationToken, Task<bool>> landed, ILogger logger, long version, long lastSequence)
    {
        _client = client;
        _transaction = transaction;
        _writer = new Neo4jChangeWriter(transaction, options.BatchSize);
        _import = import;
        _recordsWritten = new RecordsWritten(import.Progress, import.RecordCount);
        _batchSize = options.BatchSize;
        _landed = landed;
        _logger = logger;
        _version = version;
        _lastSequence = lastSequence;
        _nextSequence = lastSequence + 1;
        _usedSinceTick = true;
        _at = time.GetUtcNow();
        _keepAlive = time.CreateTimer(_ => OnKeepAliveTick(), null, options.TransactionKeepAlive, options.TransactionKeepAlive);
    }

    /// <summary>Opens the transaction with the graph lock, so that no other write can interleave with the import.</summary>
    public static async Task<Neo4jImportSession> StartAsync(
        Neo4jQueryClient client, GraphImport import, Neo4jOptions options, TimeProvider time,
        Func<AppliedChangeSet, CancellationToken, Task<bool>> landed, ILogger logger, CancellationToken cancellationToken)
    {
        var transaction = client.BeginTransaction(AccessMode.Write);
        try
        {
            var locked = (await transaction.RunAsync(WriteCypher.LockGraph(), cancellationToken).ConfigureAwait(false)).Single();
            return new Neo4jImportSession(
                client, transaction, import, options, time, landed, logger, locked.Get<long>("version"), locked.Get<long>("lastSequence"));
        }
        catch (Exception ex)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            if (ex is Neo4jTransientException transient)
            {
                throw Unavailable(transient);
            }

            throw;
        }
    }

    public Task<GraphChangeResult> WriteAsync(GraphChangeSet part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(part);
        return RunAsync(
            async ct =>
            {
                var written = await _writer.WriteAsync(part, _recordsWritten.Advance, ct).ConfigureAwait(false);
                if (written is null)
                {
                    return new GraphChangeResult(_version + 1, 0, 0, 0, 0, 0, 0);
                }

                _wrote = true;
                var records = written.Recorder.Complete(_nextSequence, _version + 1, _import.Author, _at);
                _nextSequence += records.Count;
                await Neo4jChangeWriter.RecordAsync(_transaction, records, _writeId, _batchSize, ct).ConfigureAwait(false);
                _written = _written.Then(written.Counts);
                return written.Counts with { GraphVersion = _version + 1 };
            },
            cancellationToken);
    }

    public Task<GraphChangeResult> CommitAsync(CancellationToken cancellationToken = default) =>
        RunAsync(
            async ct =>
            {
                var result = _written with { GraphVersion = _version };
                var changeCount = _nextSequence - _lastSequence - 1;
                if (_wrote)
                {
                    var bumped = (await _transaction.RunAsync(WriteCypher.BumpGraphVersion(checked((int)changeCount)), ct).ConfigureAwait(false)).Single();
                    result = result with { GraphVersion = bumped.Get<long>("version") };
                }

                await _keepAlive.DisposeAsync().ConfigureAwait(false);
                var applied = new AppliedChangeSet(result, _wrote, changeCount > 0 ? _writeId : null, _lastSequence + 1);
                await _client.CommitCheckingAsync(_transaction, applied, _landed, ct).ConfigureAwait(false);
                _state = State.Committed;
                return result;
            },
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync().ConfigureAwait(false);
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_state == State.Open)
            {
                await RollBackAsync("the import ended without a commit").ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs one step of the import on the transaction; any failure rolls the whole import back.</summary>
    private async Task<GraphChangeResult> RunAsync(Func<CancellationToken, Task<GraphChangeResult>> step, CancellationToken cancellationToken)
    {
        // Not cancelled while waiting: a keep-alive holds the gate for one short request, and a cancellation must reach
        // the step below to roll the import back.
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_state != State.Open)
            {
                throw new InvalidOperationException(_state == State.Committed
                    ? "The import is committed; start another to write more."
                    : "The import was rolled back (an earlier part failed or was refused); nothing of it was written.");
            }

            if (_keepAliveFailure is { } lost)
            {
                await RollBackAsync("its transaction could not be kept alive").ConfigureAwait(false);
                throw new StoreUnavailableException($"The import's transaction expired while the next part was prepared, so nothing was written: {lost.Message}", lost);
            }

            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                return await step(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (_state == State.Open)
            {
                await RollBackAsync(ex is OperationCanceledException ? "it was cancelled" : ex.Message).ConfigureAwait(false);
                if (ex is Neo4jTransientException transient)
                {
                    throw Unavailable(transient);
                }

                throw;
            }
        }
        finally
        {
            _usedSinceTick = true;
            _gate.Release();
        }
    }

    private async Task RollBackAsync(string reason)
    {
        _state = State.RolledBack;
        await _keepAlive.DisposeAsync().ConfigureAwait(false);
        LogRollingBack(_logger, _transaction.Id, reason);

        // Quiet: a transaction the server already closed (after an error of its own) has nothing left to roll back.
        await _transaction.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a keep-alive when no request reached the transaction since the previous tick and none is under way, so the
    /// server sees at most two intervals of silence.
    /// </summary>
    private void OnKeepAliveTick()
    {
        if (_usedSinceTick)
        {
            _usedSinceTick = false;
            return;
        }

        if (!_gate.Wait(0))
        {
            return;
        }

        _ = KeepAliveAsync();
    }

    private async Task KeepAliveAsync()
    {
        try
        {
            if (_state == State.Open && _keepAliveFailure is null)
            {
                await _transaction.RunAsync(WriteCypher.KeepAlive(), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is Neo4jClientException or Neo4jTransientException or DomainException)
        {
            _keepAliveFailure = ex;
            LogKeepAliveFailed(_logger, _transaction.Id, ex.Message);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static StoreUnavailableException Unavailable(Neo4jTransientException ex) =>
        new($"Neo4j became unavailable during the import, which was rolled back: {ex.Message}", ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rolling back import transaction {TransactionId}: {Reason}")]
    private static partial void LogRollingBack(ILogger logger, string? transactionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import transaction {TransactionId} could not be kept alive: {Reason}")]
    private static partial void LogKeepAliveFailed(ILogger logger, string? transactionId, string reason);
}
