using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Paging;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// The store-backed pager answers every paging request as it did when the store counted every page (all matches, and
/// those beyond the cursor the page is read from): it is checked against those counts taken over the whole sorted result
/// in memory, for every combination of <c>first</c>, <c>last</c>, <c>after</c> and <c>before</c> (crossed cursors and a
/// cursor between two items included), for one kind and for several merged, with the whole selection and with each
/// part of it alone.
/// </summary>
public sealed class EntityPagerEquivalenceTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private const string Fingerprint = "equivalence";

    private static readonly ConnectionSelection[] Selections =
    [
        new(Items: true, TotalCount: true, HasPreviousPage: true, HasNextPage: true),
        new(Items: true, TotalCount: false, HasPreviousPage: false, HasNextPage: false),
        new(Items: false, TotalCount: true, HasPreviousPage: false, HasNextPage: false),
        new(Items: false, TotalCount: false, HasPreviousPage: true, HasNextPage: false),
        new(Items: false, TotalCount: false, HasPreviousPage: false, HasNextPage: true),
    ];

    public static TheoryData<string, bool> Cases => new()
    {
        { "PROJECT", false },
        { "PROJECT", true },
        { "COMPANY,INITIATIVE", false },
        { "COMPANY,INITIATIVE", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_request_pages_as_counting_the_whole_result_did(string kinds, bool byDescription)
    {
        var store = fixture.Host.Store;
        var kindSet = kinds.Split(',').Select(k => Enum.Parse<EntityKind>(k.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true)).ToList();
        IReadOnlyList<SortField> orderFields = byDescription ? [new SortField("description", SortDirection.Desc)] : [];
        var order = new EntitySortOrder(orderFields);
        var all = new List<Entity>();
        foreach (var kind in kindSet)
        {
            all.AddRange((await store.QueryEntitiesAsync(new EntityQuery { Kind = kind, Take = 100, Extras = PageExtras.None })).Items);
        }

        var ordered = all.OrderBy(order.PositionOf, order).ToList();
        var sorted = ordered.Select(order.PositionOf).ToList();
        var between = new SortPosition(sorted[2].Values, sorted[2].Key + "-between");
        SortPosition?[] positions = [null, sorted[0], sorted[2], between, sorted[^1]];
        int?[] sizes = [null, 0, 1, 2, 100];
        foreach (var after in positions)
        {
            foreach (var before in positions)
            {
                foreach (var first in sizes)
                {
                    foreach (var last in sizes.Where(l => first is not null || l is not null))
                    {
                        var request = new PageRequest(Cursor(after), Cursor(before), first, last);
                        var expected = Counted(ordered, order, after, before, request);
                        foreach (var selection in Selections)
                        {
                            var actual = await EntityPager.PageAsync(
                                new KindSetQuery(store, kindSet).QueryAsync, new EntityQuery { Order = orderFields }, request, Fingerprint, selection, CancellationToken.None);
                            AssertSame(expected, actual, selection, $"{request} with {selection}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>The page as the pager made it from the store's counts: every match, and those beyond the lead cursor.</summary>
    private static Connection<EntityEdge> Counted(List<Entity> sorted, EntitySortOrder order, SortPosition? after, SortPosition? before, PageRequest request)
    {
        bool After(Entity e) => after is null || order.Compare(order.PositionOf(e), after) > 0;
        bool Before(Entity e) => before is null || order.Compare(order.PositionOf(e), before) < 0;
        var window = sorted.Where(e => After(e) && Before(e)).ToList();
        var fromEnd = request.First is null;
        var take = request.First ?? request.Last ?? 0;
        var items = fromEnd ? window.Skip(Math.Max(0, window.Count - take)).ToList() : window.Take(take).ToList();
        var offset = fromEnd ? Math.Max(0, sorted.Count(Before) - items.Count) : sorted.Count - sorted.Count(After);
        var dropped = request.Dropped(items.Count);
        return Connection<EntityEdge>.Of(
            items.Skip(dropped).Select(e => (KeysetCursor.Encode(order.PositionOf(e), Fingerprint), e)).ToList(),
            offset + dropped,
            sorted.Count,
            (cursor, e) => new EntityEdge(cursor, e));
    }

    private static string? Cursor(SortPosition? position) => position is null ? null : KeysetCursor.Encode(position, Fingerprint);

    private static void AssertSame(Connection<EntityEdge> expected, Connection<EntityEdge> actual, ConnectionSelection selection, string what)
    {
        if (selection.Items)
        {
            Assert.True(
                expected.Edges.Select(e => e.Cursor).SequenceEqual(actual.Edges.Select(e => e.Cursor)),
                $"{what}: edges {string.Join(",", actual.Edges.Select(e => e.Node.Key))}, expected {string.Join(",", expected.Edges.Select(e => e.Node.Key))}");
            Assert.True((expected.PageInfo.StartCursor, expected.PageInfo.EndCursor) == (actual.PageInfo.StartCursor, actual.PageInfo.EndCursor), what);
        }

        Assert.True(!selection.TotalCount || expected.TotalCount == actual.TotalCount, $"{what}: totalCount {actual.TotalCount}, expected {expected.TotalCount}");
        Assert.True(
            !selection.HasPreviousPage || expected.PageInfo.HasPreviousPage == actual.PageInfo.HasPreviousPage,
            $"{what}: hasPreviousPage {actual.PageInfo.HasPreviousPage}, expected {expected.PageInfo.HasPreviousPage}");
        Assert.True(
            !selection.HasNextPage || expected.PageInfo.HasNextPage == actual.PageInfo.HasNextPage,
            $"{what}: hasNextPage {actual.PageInfo.HasNextPage}, expected {expected.PageInfo.HasNextPage}");
    }
}
