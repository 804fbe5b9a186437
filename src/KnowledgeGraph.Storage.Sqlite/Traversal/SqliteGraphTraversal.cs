using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Traversal.Algorithms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Sqlite.Traversal;

/// <summary>
/// <see cref="IGraphTraversal"/> on the SQLite store: the shared breadth-first algorithms walk an adjacency source
/// chosen by <see cref="SqliteTraversalOptions.Adjacency"/> (by default an in-memory index kept in step with the
/// graph version), then the entities and relationships found are read in two batched statements.
/// </summary>
public sealed class SqliteGraphTraversal : IGraphTraversal, IDisposable
{
    private readonly AdjacencyGraphTraversal _traversal;
    private readonly SqliteAdjacencyIndexCache? _index;

    public SqliteGraphTraversal(SqliteGraphStore store, IOptions<SqliteTraversalOptions> options, ILogger<SqliteAdjacencyIndexCache>? logger = null)
        : this(store, options.Value, logger)
    {
    }

    public SqliteGraphTraversal(SqliteGraphStore store, SqliteAdjacencyMode mode = SqliteAdjacencyMode.Index)
        : this(store, new SqliteTraversalOptions { Adjacency = mode })
    {
    }

    public SqliteGraphTraversal(SqliteGraphStore store, SqliteTraversalOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        Mode = options.Adjacency;
        if (Mode == SqliteAdjacencyMode.Index)
        {
            _index = new SqliteAdjacencyIndexCache(store.Connections, store, options.IncrementalMaxChanges, logger);
            _traversal = new AdjacencyGraphTraversal(store, async ct => await _index.GetAsync(ct).ConfigureAwait(false));
        }
        else
        {
            var source = new SqliteLevelAdjacencySource(store.Connections);
            _traversal = new AdjacencyGraphTraversal(store, _ => ValueTask.FromResult<IAdjacencySource>(source));
        }
    }

    public SqliteAdjacencyMode Mode { get; }

    /// <summary>The in-memory index cache, when <see cref="Mode"/> is <see cref="SqliteAdjacencyMode.Index"/>.</summary>
    public SqliteAdjacencyIndexCache? Index => _index;

    public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodSpec spec, CancellationToken cancellationToken = default) =>
        _traversal.GetNeighborhoodAsync(spec, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathSpec spec, CancellationToken cancellationToken = default) =>
        _traversal.FindPathsAsync(spec, cancellationToken);

    public void Dispose() => _index?.Dispose();
}
