using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>An in-memory <see cref="IExistingGraph"/>: the kinds of known entities and the keys of known sources.</summary>
public sealed class ExistingGraph : IExistingGraph
{
    private readonly IReadOnlyDictionary<string, EntityKind> _entityKinds;
    private readonly HashSet<string> _sourceKeys;

    public ExistingGraph(IReadOnlyDictionary<string, EntityKind> entityKinds, IEnumerable<string> sourceKeys)
    {
        _entityKinds = entityKinds;
        _sourceKeys = new HashSet<string>(sourceKeys, StringComparer.Ordinal);
    }

    /// <summary>Nothing exists yet: every reference must be satisfied by the change set itself.</summary>
    public static ExistingGraph Empty { get; } = new(new Dictionary<string, EntityKind>(), []);

    public static ExistingGraph From(IEnumerable<Entity> entities, IEnumerable<Source> sources) =>
        new(entities.ToDictionary(e => e.Key, e => e.Kind, StringComparer.Ordinal), sources.Select(s => s.Key));

    /// <summary>
    /// What <paramref name="store"/> holds of the entities and sources <paramref name="changes"/> refers to without
    /// defining them: two batched reads, so that a mutation can be validated before it is applied.
    /// </summary>
    public static async Task<ExistingGraph> ForChangesAsync(
        IGraphStore store, GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(changes);
        var entityKeys = GraphChangeValidator.ReferencedEntityKeys(changes);
        var sourceKeys = GraphChangeValidator.ReferencedSourceKeys(changes);
        var entities = entityKeys.Count == 0 ? [] : await store.GetEntitiesAsync(entityKeys.ToList(), cancellationToken).ConfigureAwait(false);
        var sources = sourceKeys.Count == 0 ? [] : await store.GetSourcesAsync(sourceKeys.ToList(), cancellationToken).ConfigureAwait(false);
        return From(entities, sources);
    }

    public EntityKind? FindEntityKind(string key) => _entityKinds.TryGetValue(key, out var kind) ? kind : null;

    public bool HasSource(string key) => _sourceKeys.Contains(key);
}
