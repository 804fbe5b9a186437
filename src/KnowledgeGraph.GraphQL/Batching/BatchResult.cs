using GraphQL.DataLoader;

namespace KnowledgeGraph.GraphQL.Batching;

/// <summary>
/// A pending value that GraphQL.NET completes after the current level has been resolved (see <see cref="BatchLoader{TKey,TValue}"/>).
/// The value is computed once; every caller shares it.
/// </summary>
public sealed class BatchResult<T> : IDataLoaderResult<T>
{
    private readonly Func<CancellationToken, Task<T>> _produce;
    private readonly Lock _gate = new();
    private Task<T>? _result;

    public BatchResult(Func<CancellationToken, Task<T>> produce)
    {
        _produce = produce;
    }

    public Task<T> GetResultAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return _result ??= _produce(cancellationToken);
        }
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>A pending result computed from this one once it is available.</summary>
    public BatchResult<TOut> Then<TOut>(Func<T, TOut> map) =>
        new(async cancellationToken => map(await GetResultAsync(cancellationToken).ConfigureAwait(false)));
}
