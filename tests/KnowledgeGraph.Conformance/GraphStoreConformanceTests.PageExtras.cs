using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// <see cref="EntityQuery.Extras"/>: a store reports only the extras asked for, and the page flags are exact whatever
/// the bounds — past a <c>before</c> read forward, behind an <c>after</c>, with crossed cursors, after a cursor's entity is gone.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly SortField[] ByStartYear = [new("startYear")];

    [Fact]
    public async Task Extras_not_asked_for_are_left_unreported()
    {
        var store = await CreateOrderingFixtureAsync();

        var bare = await store.QueryEntitiesAsync(new EntityQuery { Kind = EntityKind.Project, Take = 2, Extras = PageExtras.None });
        var counted = await store.QueryEntitiesAsync(new EntityQuery { Kind = EntityKind.Project, Take = 0, Extras = PageExtras.TotalCount });

        Assert.Equal(["p-alpha-1", "p-alpha-2"], bare.Items.Select(e => e.Key));
        Assert.Equal((null, null, null), (bare.TotalCount, bare.HasPrevious, bare.HasNext));
        Assert.Empty(counted.Items);
        Assert.Equal((5, null, null), (counted.TotalCount, counted.HasPrevious, counted.HasNext));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Flags_see_past_both_bounds_of_a_window(bool fromEnd)
    {
        // startYear order: p-delta, p-bravo, p-charlie, p-alpha-2, p-alpha-1 (no year, last).
        var store = await CreateOrderingFixtureAsync();
        var query = await WindowAsync(store, "p-delta", "p-alpha-2") with { FromEnd = fromEnd, Take = 5, Extras = PageExtras.HasPrevious | PageExtras.HasNext };

        var page = await store.QueryEntitiesAsync(query);
        var one = await store.QueryEntitiesAsync(query with { Before = null, Take = 1 });

        Assert.Equal(["p-bravo", "p-charlie"], page.Items.Select(e => e.Key));
        Assert.Equal((null, true, true), (page.TotalCount, page.HasPrevious, page.HasNext));
        Assert.Equal([fromEnd ? "p-alpha-1" : "p-bravo"], one.Items.Select(e => e.Key));
        Assert.Equal((true, !fromEnd), (one.HasPrevious, one.HasNext));
    }

    [Theory]
    [InlineData(false, true, false)]
    [InlineData(true, false, true)]
    public async Task Crossed_cursors_give_an_empty_page_standing_at_its_lead_cursor(bool fromEnd, bool hasPrevious, bool hasNext)
    {
        var store = await CreateOrderingFixtureAsync();
        var query = await WindowAsync(store, "p-alpha-1", "p-delta") with { FromEnd = fromEnd, Take = 2 };

        var page = await store.QueryEntitiesAsync(query);

        Assert.Empty(page.Items);
        Assert.Equal((5, hasPrevious, hasNext), (page.TotalCount, page.HasPrevious, page.HasNext));
    }

    [Fact]
    public async Task A_cursor_whose_entity_was_deleted_still_bounds_the_page_and_its_flags()
    {
        var store = await CreateOrderingFixtureAsync();
        var query = await WindowAsync(store, "p-delta", null) with { Take = 2 };
        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["p-delta"] });

        var page = await store.QueryEntitiesAsync(query);

        Assert.Equal(["p-bravo", "p-charlie"], page.Items.Select(e => e.Key));
        Assert.Equal((4, false, true), (page.TotalCount, page.HasPrevious, page.HasNext));
    }

    private static async Task<EntityQuery> WindowAsync(IGraphStore store, string? afterKey, string? beforeKey)
    {
        var order = new EntitySortOrder(ByStartYear);
        async Task<SortPosition?> PositionAsync(string? key) => key is null ? null : order.PositionOf((await GetEntityAsync(store, key))!);
        return new EntityQuery { Kind = EntityKind.Project, Order = ByStartYear, After = await PositionAsync(afterKey), Before = await PositionAsync(beforeKey) };
    }
}
