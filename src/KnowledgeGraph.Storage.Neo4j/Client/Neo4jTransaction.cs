namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// An explicit transaction of the Query API (<c>/db/{database}/query/v2/tx/{id}</c>), opened on the server by its
/// first statement. Disposing it without a commit rolls it back.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryClient client, AccessMode accessMode)
    {
        _client = client;
        AccessMode = accessMode;
    }

    /// <summary>The server's id of the transaction; null until its first statement opened it.</summary>
    public string? Id { get; private set; }

    /// <summary>The cluster member serving the transaction, replayed on every request to it.</summary>
    public string? Affinity { get; private set; }

    public AccessMode AccessMode { get; }

    /// <summary>The bookmarks the transaction was opened with; its commit answers with one that covers them.</summary>
    internal IReadOnlyList<string> SentBookmarks { get; private set; } = [];

    internal void Opened(string id, string? affinity, IReadOnlyList<string> sentBookmarks)
    {
        Id = id;
        Affinity = affinity;
        SentBookmarks = sentBookmarks;
    }

    public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        return _client.RunInTransactionAsync(this, statement, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        _finished = true;
        await _client.CommitAsync(this, cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await _client.RollbackAsync(this, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            await RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jClientException or Neo4jTransientException or KnowledgeGraph.Domain.Errors.DomainException)
        {
            // The server closes a transaction itself after an error; there is then nothing left to roll back.
        }
    }
}
