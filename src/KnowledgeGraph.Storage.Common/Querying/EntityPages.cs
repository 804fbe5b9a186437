using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Common.Querying;

/// <summary>Assembles an <see cref="EntityPage"/> from what a store counted and read for an <see cref="EntityQuery"/>.</summary>
public static class EntityPages
{
    /// <param name="read">The entities as read: in order, or in reverse order when the query reads from the end.</param>
    /// <param name="total">Every match.</param>
    /// <param name="boundCount">
    /// The matches after <see cref="EntityQuery.After"/>, or before <see cref="EntityQuery.Before"/> when reading from the
    /// end; null when that bound is not set.
    /// </param>
    public static EntityPage Of(EntityQuery query, IReadOnlyList<Entity> read, int total, int? boundCount)
    {
        if (!query.FromEnd)
        {
            return new EntityPage(read, total, total - (boundCount ?? total));
        }

        var items = read.Reverse().ToList();
        return new EntityPage(items, total, Math.Max(0, (boundCount ?? total) - items.Count));
    }
}
