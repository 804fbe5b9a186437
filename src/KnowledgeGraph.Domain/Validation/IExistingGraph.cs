using KnowledgeGraph.Domain.Entities;

namespace KnowledgeGraph.Domain.Validation;

/// <summary>
/// What a change set may refer to besides its own records: the entities and sources already stored.
/// Callers look up the keys a change set references (<see cref="GraphChangeValidator.ReferencedEntityKeys"/>,
/// <see cref="GraphChangeValidator.ReferencedSourceKeys"/>) and answer from that, so validation itself does no IO.
/// </summary>
public interface IExistingGraph
{
    /// <summary>The kind of the stored entity with this key, or null when there is none.</summary>
    EntityKind? FindEntityKind(string key);

    bool HasSource(string key);
}
