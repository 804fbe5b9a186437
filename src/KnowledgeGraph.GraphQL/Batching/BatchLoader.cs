namespace KnowledgeGraph.GraphQL.Batching;

/// <summary>
/// A per-request batch loader. <see cref="Load"/> only records a key and hands back a pending result; the first
/// <see cref="GraphQL.DataLoader.IDataLoaderResult.GetResultAsync"/> on any result of the open batch fetches every key
/// recorded so far in ONE call, and the other results of the batch share that call. GraphQL.NET's execution strategy
/// resolves all fields of a level before it completes pending results, so one level of a query costs one fetch per
/// loader, whatever the number of parents. Keys seen before are answered from the earlier batch.
/// </summary>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, Batch> _batchOfKey;
    private readonly Lock _gate = new();
    private Batch? _open;

    public BatchLoader(
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
    {
        _fetch = fetch;
        _batchOfKey = new Dictionary<TKey, Batch>(comparer);
    }

    /// <summary>The value of <paramref name="key"/>, or default when the fetch did not return it.</summary>
    public BatchResult<TValue?> Load(TKey key)
    {
        Batch batch;
        lock (_gate)
        {
            if (!_batchOfKey.TryGetValue(key, out batch!))
            {
                _open ??= new Batch(this);
                _open.Keys.Add(key);
                _batchOfKey.Add(key, _open);
                batch = _open;
            }
        }

        return new BatchResult<TValue?>(async cancellationToken =>
        {
            var values = await batch.RunAsync(cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : default;
        });
    }

    /// <summary>The values of <paramref name="keys"/> in the order given, leaving out keys the fetch did not return.</summary>
    public BatchResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var pending = keys.Select(Load).ToList();
        return new BatchResult<IReadOnlyList<TValue>>(async cancellationToken =>
        {
            var values = new List<TValue>(pending.Count);
            foreach (var result in pending)
            {
                if (await result.GetResultAsync(cancellationToken).ConfigureAwait(false) is { } value)
                {
                    values.Add(value);
                }
            }

            return values;
        });
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? _running;

        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> completion;
            IReadOnlyCollection<TKey> keys;
            lock (owner._gate)
            {
                if (_running is not null)
                {
                    return _running;
                }

                // Close the batch: keys loaded from now on go into a new one.
                if (ReferenceEquals(owner._open, this))
                {
                    owner._open = null;
                }

                completion = new TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>>(TaskCreationOptions.RunContinuationsAsynchronously);
                _running = completion.Task;
                keys = Keys.ToArray();
            }

            _ = FetchAsync(keys, completion, cancellationToken);
            return completion.Task;
        }

        private async Task FetchAsync(
            IReadOnlyCollection<TKey> keys,
            TaskCompletionSource<IReadOnlyDictionary<TKey, TValue>> completion,
            CancellationToken cancellationToken)
        {
            try
            {
                completion.SetResult(await owner._fetch(keys, cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                completion.SetCanceled(cancellationToken);
            }
            catch (Exception exception)
            {
                completion.SetException(exception);
            }
        }
    }
}
