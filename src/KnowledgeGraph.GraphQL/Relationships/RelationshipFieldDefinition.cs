using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// A typed relationship field of an entity type, e.g. <c>Project.regions</c>: the relationship types it follows, in
/// which direction, and optionally which neighbour kinds it keeps. Everything else — the neighbour kinds, the field's
/// node type, its store query — is derived from the <see cref="RelationshipTypes"/> registry.
/// </summary>
public sealed record RelationshipFieldDefinition(
    EntityKind Owner,
    string Name,
    string Description,
    RelationshipDirection Direction,
    IReadOnlyList<string> Types,
    IReadOnlyList<EntityKind>? Only = null,
    bool Single = false)
{
    /// <summary>
    /// The kinds at the other end: every kind the registry allows opposite <see cref="Owner"/> for the field's types and
    /// direction, narrowed to <see cref="Only"/> when given.
    /// </summary>
    public IReadOnlySet<EntityKind> NeighbourKinds
    {
        get
        {
            var kinds = new SortedSet<EntityKind>();
            foreach (var definition in Types.Select(t => RelationshipTypes.Find(t)!))
            {
                if (Direction is RelationshipDirection.Outgoing or RelationshipDirection.Both && definition.FromKinds.Contains(Owner))
                {
                    kinds.UnionWith(definition.ToKinds);
                }

                if (Direction is RelationshipDirection.Incoming or RelationshipDirection.Both && definition.ToKinds.Contains(Owner))
                {
                    kinds.UnionWith(definition.FromKinds);
                }
            }

            if (Only is not null)
            {
                kinds.IntersectWith(Only);
            }

            return kinds;
        }
    }

    /// <summary>Why this definition contradicts the registry, or null when it is consistent.</summary>
    public string? Problem()
    {
        foreach (var type in Types)
        {
            var definition = RelationshipTypes.Find(type);
            if (definition is null)
            {
                return $"{Owner}.{Name} names the unknown relationship type {type}.";
            }

            var asStart = definition.FromKinds.Contains(Owner) && Direction != RelationshipDirection.Incoming;
            var asEnd = definition.ToKinds.Contains(Owner) && Direction != RelationshipDirection.Outgoing;
            if (!asStart && !asEnd)
            {
                return $"{Owner}.{Name}: a {Owner} cannot stand at the {Direction} end of {type}.";
            }
        }

        return NeighbourKinds.Count == 0 ? $"{Owner}.{Name} can reach no kind of entity." : null;
    }
}
