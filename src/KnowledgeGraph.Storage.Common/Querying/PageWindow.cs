using KnowledgeGraph.Domain.Querying;

namespace KnowledgeGraph.Storage.Common.Querying;

/// <summary>
/// How a store reads an <see cref="EntityQuery"/>'s page and only the <see cref="EntityQuery.Extras"/> it asks for, in
/// the syntax SQL and Cypher share (<see cref="KeysetSql"/>). The page is read from its lead bound (<c>After</c>, or
/// <c>Before</c> from the end) towards its trail bound. The flag on the reading's far side (<c>HasNext</c> forward,
/// <c>HasPrevious</c> from the end) comes from reading one row more than <see cref="EntityQuery.Take"/>; only when that
/// row is missing and a trail bound cuts the window does <see cref="AheadProbe"/> look past the bound. The flag behind
/// the lead bound is <see cref="BehindProbe"/>: whether anything lies at or beyond it. Without that bound it is false
/// unread. No count is made for either.
/// </summary>
/// <param name="Seek">The window's seek conditions, each prefixed with <c> AND </c>; empty without bounds.</param>
/// <param name="Limit">How many rows to read: <see cref="EntityQuery.Take"/>, plus one for the far-side flag.</param>
/// <param name="AheadProbe">The matches past the trail bound that the far-side flag asks about; null when not needed.</param>
/// <param name="BehindProbe">The matches at or behind the lead bound; null when not needed.</param>
/// <param name="Counted">Whether every match is to be counted (<see cref="PageExtras.TotalCount"/>).</param>
public sealed record PageWindow(string Seek, int Limit, string? AheadProbe, string? BehindProbe, bool Counted)
{
    public static PageWindow Of(EntityQuery query, IReadOnlyList<SortTerm> terms, string keyExpression, Func<object, string> parameter)
    {
        ArgumentNullException.ThrowIfNull(query);
        var forward = !query.FromEnd;
        var after = query.After is { } a ? KeysetSql.Seek(terms, keyExpression, a, after: true, parameter) : null;
        var before = query.Before is { } b ? KeysetSql.Seek(terms, keyExpression, b, after: false, parameter) : null;
        var (lead, trail) = forward ? (query.After, query.Before) : (query.Before, query.After);
        var leadSeek = forward ? after : before;
        var (aheadFlag, behindFlag) = Sides(query);
        var (wantsAhead, wantsBehind) = (query.Extras.HasFlag(aheadFlag), query.Extras.HasFlag(behindFlag));

        // Past the trail bound and still beyond the lead one: what the window cut off on the far side.
        var aheadProbe = wantsAhead && trail is not null
            ? string.Join(" AND ", new[] { leadSeek, KeysetSql.Seek(terms, keyExpression, trail, after: forward, parameter, inclusive: true) }.OfType<string>())
            : null;
        var behindProbe = wantsBehind && lead is not null
            ? KeysetSql.Seek(terms, keyExpression, lead, after: !forward, parameter, inclusive: true)
            : null;
        return new PageWindow(
            string.Concat(new[] { after, before }.OfType<string>().Select(seek => " AND " + seek)),
            query.Take + (wantsAhead ? 1 : 0),
            aheadProbe,
            behindProbe,
            query.Extras.HasFlag(PageExtras.TotalCount));
    }

    /// <summary>Whether nothing is to be read at all: no row, no count, no probe (a page of <c>first: 0</c> asking only for its shape).</summary>
    public bool ReadsNothing => Limit == 0 && !Counted && AheadProbe is null && BehindProbe is null;

    /// <summary>The flag on the reading's far side and the one behind its lead bound.</summary>
    public static (PageExtras Ahead, PageExtras Behind) Sides(EntityQuery query) =>
        query.FromEnd ? (PageExtras.HasPrevious, PageExtras.HasNext) : (PageExtras.HasNext, PageExtras.HasPrevious);

    /// <summary>
    /// Whether <see cref="AheadProbe"/> must run after the page read <paramref name="rowsRead"/> rows: no extra row
    /// answered it (with a probe, <see cref="Limit"/> holds that extra row).
    /// </summary>
    public bool NeedsAheadProbe(int rowsRead) => AheadProbe is not null && rowsRead < Limit;
}
