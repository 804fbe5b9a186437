using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Sources;

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

    public EntityKind? FindEntityKind(string key) => _entityKinds.TryGetValue(key, out var kind) ? kind : null;

    public bool HasSource(string key) => _sourceKeys.Contains(key);
}
