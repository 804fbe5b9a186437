namespace KnowledgeGraph.Domain.Entities;

/// <summary>
/// A kind-specific property: its name (camelCase, as exposed in GraphQL and stored), its type, and — for
/// text properties with a closed vocabulary — the values it may take.
/// </summary>
public sealed record PropertyDefinition(
    string Name,
    PropertyType Type,
    string Description,
    IReadOnlyList<string>? AllowedValues = null,
    double? Minimum = null,
    double? Maximum = null);
