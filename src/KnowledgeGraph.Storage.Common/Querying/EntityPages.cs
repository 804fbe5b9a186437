using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Common.Querying;

/// <summary>Assembles an <see cref="EntityPage"/> from what a store read for an <see cref="EntityQuery"/> as its <see cref="PageWindow"/> says.</summary>
public static class EntityPages
{
    /// <param name="read">The rows as read, up to <see cref="PageWindow.Limit"/>: in order, or in reverse order when the query reads from the end.</param>
    /// <param name="total">Every match; null when not counted.</param>
    /// <param name="aheadFound">What <see cref="PageWindow.AheadProbe"/> found; null when it did not run.</param>
    /// <param name="behindFound">What <see cref="PageWindow.BehindProbe"/> found; null when it did not run.</param>
    public static EntityPage Of(EntityQuery query, IReadOnlyList<Entity> read, int? total, bool? aheadFound, bool? behindFound)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (aheadFlag, behindFlag) = PageWindow.Sides(query);
        IEnumerable<Entity> items = read.Count > query.Take ? read.Take(query.Take) : read;
        bool? ahead = query.Extras.HasFlag(aheadFlag) ? read.Count > query.Take || aheadFound == true : null;
        bool? behind = query.Extras.HasFlag(behindFlag) ? behindFound == true : null;
        var counted = query.Extras.HasFlag(PageExtras.TotalCount) ? total : null;
        return query.FromEnd
            ? new EntityPage(items.Reverse().ToList(), counted, HasPrevious: ahead, HasNext: behind)
            : new EntityPage(items.ToList(), counted, HasPrevious: behind, HasNext: ahead);
    }
}
