using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.GraphQL.Relationships;

/// <summary>
/// The order of a relationship connection, whichever store read it: by relationship type, then the neighbour's name
/// (by its <see cref="Collation"/> key, as entity connections sort names), then the relationship's key. Its positions
/// are what the connection's keyset cursors hold.
/// </summary>
public static class RelationshipOrder
{
    private const string TypeField = "type";

    public static EntitySortOrder Order { get; } = new([new SortField(TypeField), new SortField(EntityFields.Name)]);

    public static SortPosition PositionOf(RelationshipHit hit) =>
        new([PropertyValue.FromText(hit.Relationship.Type), PropertyValue.FromText(Collation.Key(hit.Neighbour.Name))], hit.Relationship.Key);
}
