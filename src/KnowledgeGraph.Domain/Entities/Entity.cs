using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Domain.Entities;

/// <summary>
/// A node of the knowledge graph. <see cref="Key"/> is a natural key (a lower-case slug) unique across all kinds;
/// <see cref="Properties"/> holds the kind-specific fields declared in <see cref="EntityKinds"/>.
/// </summary>
public sealed record Entity
{
    public required string Key { get; init; }

    public required EntityKind Kind { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Description { get; init; }

    /// <summary>Keys of the sources that back this entity; never empty for a stored entity.</summary>
    public IReadOnlyList<string> SourceKeys { get; init; } = [];

    /// <summary>Which passage of which source supports the entity or one of its fields; each cites one of <see cref="SourceKeys"/>.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    public IReadOnlyDictionary<string, PropertyValue> Properties { get; init; } = new Dictionary<string, PropertyValue>();

    /// <summary>Optimistic-concurrency version, incremented by the store on every change.</summary>
    public long Version { get; init; }

    public PropertyValue? Property(string name) => Properties.TryGetValue(name, out var v) ? v : null;
}
