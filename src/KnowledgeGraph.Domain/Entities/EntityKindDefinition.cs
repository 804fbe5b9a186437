namespace KnowledgeGraph.Domain.Entities;

public sealed class EntityKindDefinition
{
    private readonly Dictionary<string, PropertyDefinition> _byName;

    public EntityKindDefinition(EntityKind kind, string description, IReadOnlyList<PropertyDefinition> properties)
    {
        Kind = kind;
        Description = description;
        Properties = properties;
        _byName = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public EntityKind Kind { get; }

    public string Description { get; }

    public IReadOnlyList<PropertyDefinition> Properties { get; }

    public PropertyDefinition? Find(string name) => _byName.GetValueOrDefault(name);
}
