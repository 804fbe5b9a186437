using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Exchange.Snapshots;

/// <summary>
/// A part of the graph held in memory, such as a traversal result: its entities and relationships with every source
/// they cite, so that each exported fact keeps its source. Records are ordered by key and duplicates dropped.
/// </summary>
public sealed class RecordSnapshot : IGraphSnapshot
{
    private readonly IReadOnlyList<Source> _sources;
    private readonly IReadOnlyList<Entity> _entities;
    private readonly IReadOnlyList<Relationship> _relationships;

    public RecordSnapshot(IEnumerable<Source> sources, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships)
    {
        _sources = Distinct(sources, s => s.Key);
        _entities = Distinct(entities, e => e.Key);
        _relationships = Distinct(relationships, r => r.Key);
    }

    public int SourceCount => _sources.Count;

    public int EntityCount => _entities.Count;

    public int RelationshipCount => _relationships.Count;

    /// <summary>A neighbourhood or a connecting subgraph, with the sources its records cite, read in one store call.</summary>
    public static Task<RecordSnapshot> OfSubgraphAsync(IGraphStore store, Subgraph subgraph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        return WithSourcesAsync(store, subgraph.Nodes, subgraph.Relationships, cancellationToken);
    }

    /// <summary>The entities and relationships of every path, with the sources they cite, read in one store call.</summary>
    public static Task<RecordSnapshot> OfPathsAsync(
        IGraphStore store, IEnumerable<GraphPath> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        return WithSourcesAsync(
            store, list.SelectMany(p => p.Nodes), list.SelectMany(p => p.Hops.Select(h => h.Relationship)), cancellationToken);
    }

    public IAsyncEnumerable<Source> ReadSourcesAsync(CancellationToken cancellationToken = default) => _sources.ToAsyncEnumerable();

    public IAsyncEnumerable<Entity> ReadEntitiesAsync(CancellationToken cancellationToken = default) => _entities.ToAsyncEnumerable();

    public IAsyncEnumerable<Relationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default) =>
        _relationships.ToAsyncEnumerable();

    private static async Task<RecordSnapshot> WithSourcesAsync(
        IGraphStore store, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entityList = entities.ToList();
        var relationshipList = relationships.ToList();
        var cited = entityList.SelectMany(e => e.SourceKeys)
            .Concat(relationshipList.SelectMany(r => r.SourceKeys))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var sources = cited.Count == 0 ? [] : await store.GetSourcesAsync(cited, cancellationToken).ConfigureAwait(false);
        return new RecordSnapshot(sources, entityList, relationshipList);
    }

    private static List<T> Distinct<T>(IEnumerable<T> records, Func<T, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.DistinctBy(keyOf, StringComparer.Ordinal).OrderBy(keyOf, StringComparer.Ordinal).ToList();
    }
}
