using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    protected Task<IGraphStore> CreateOrderingFixtureAsync() => CreateStoreWithAsync([
        Entity("p-delta", name: "Delta", description: "d", properties: [("startYear", Int(2010)), ("sector", Text("Energy"))]),
        Entity("p-alpha-2", name: "Alpha", properties: [("startYear", Int(2020)), ("sector", Text("Energy"))]),
        Entity("p-alpha-1", name: "Alpha", description: "a", properties: [("sector", Text("Transport"))]),
        Entity("p-charlie", name: "Charlie", description: "c", properties: [("startYear", Int(2015)), ("sector", Text("Energy"))]),
        Entity("p-bravo", name: "Bravo", properties: [("startYear", Int(2015))]),
    ]);

    [Fact]
    public async Task Query_without_order_sorts_by_name_then_key()
    {
        var store = await CreateOrderingFixtureAsync();

        var keys = await QueryKeysAsync(store, new EntityQuery { Kind = EntityKind.Project });

        Assert.Equal(["p-alpha-1", "p-alpha-2", "p-bravo", "p-charlie", "p-delta"], keys);
    }

    [Fact]
    public async Task Sort_ascending_puts_missing_values_last_and_breaks_ties_by_key()
    {
        var store = await CreateOrderingFixtureAsync();

        var keys = await QueryKeysAsync(store, new EntityQuery { Kind = EntityKind.Project, Order = [new SortField("startYear")] });

        Assert.Equal(["p-delta", "p-bravo", "p-charlie", "p-alpha-2", "p-alpha-1"], keys);
    }

    [Fact]
    public async Task Sort_descending_still_puts_missing_values_last_and_breaks_ties_by_ascending_key()
    {
        var store = await CreateOrderingFixtureAsync();

        var keys = await QueryKeysAsync(store,
            new EntityQuery { Kind = EntityKind.Project, Order = [new SortField("startYear", SortDirection.Desc)] });

        Assert.Equal(["p-alpha-2", "p-bravo", "p-charlie", "p-delta", "p-alpha-1"], keys);
    }

    [Fact]
    public async Task Sort_on_description_puts_entities_without_one_last_in_both_directions()
    {
        var store = await CreateOrderingFixtureAsync();

        var ascending = await QueryKeysAsync(store, new EntityQuery { Kind = EntityKind.Project, Order = [new SortField("description")] });
        var descending = await QueryKeysAsync(store,
            new EntityQuery { Kind = EntityKind.Project, Order = [new SortField("description", SortDirection.Desc)] });

        Assert.Equal(["p-alpha-1", "p-charlie", "p-delta", "p-alpha-2", "p-bravo"], ascending);
        Assert.Equal(["p-delta", "p-charlie", "p-alpha-1", "p-alpha-2", "p-bravo"], descending);
    }

    [Fact]
    public async Task Sort_by_several_fields_applies_them_in_order()
    {
        var store = await CreateOrderingFixtureAsync();

        var keys = await QueryKeysAsync(store, new EntityQuery
        {
            Kind = EntityKind.Project,
            Order = [new SortField("sector"), new SortField("name", SortDirection.Desc)],
        });

        Assert.Equal(["p-delta", "p-charlie", "p-alpha-2", "p-alpha-1", "p-bravo"], keys);
    }

    [Fact]
    public async Task Sort_by_key_descending_reverses_key_order()
    {
        var store = await CreateOrderingFixtureAsync();

        var keys = await QueryKeysAsync(store,
            new EntityQuery { Kind = EntityKind.Project, Order = [new SortField("key", SortDirection.Desc)] });

        Assert.Equal(["p-delta", "p-charlie", "p-bravo", "p-alpha-2", "p-alpha-1"], keys);
    }

    [Fact]
    public async Task Paging_returns_the_slice_after_a_position_the_total_count_and_matches_on_both_sides()
    {
        var store = await CreateOrderingFixtureAsync();
        var first = await GetEntityAsync(store, "p-alpha-1");

        var page = await store.QueryEntitiesAsync(new EntityQuery
        {
            Kind = EntityKind.Project,
            After = new EntitySortOrder([]).PositionOf(first!),
            Take = 2,
        });

        Assert.Equal(["p-alpha-2", "p-bravo"], page.Items.Select(e => e.Key));
        Assert.Equal(5, page.TotalCount);
        Assert.True(page.HasPrevious);
        Assert.True(page.HasNext);
    }

    [Fact]
    public async Task Paging_through_all_pages_yields_every_match_once_in_order()
    {
        var store = await CreateOrderingFixtureAsync();
        var order = new[] { new SortField("startYear", SortDirection.Desc) };

        var seen = new List<string>();
        SortPosition? after = null;
        for (var pages = 0; pages < 3; pages++)
        {
            var page = await store.QueryEntitiesAsync(new EntityQuery { Kind = EntityKind.Project, Order = order, After = after, Take = 2 });
            Assert.Equal(seen.Count > 0, page.HasPrevious);
            Assert.Equal(seen.Count + page.Items.Count < 5, page.HasNext);
            seen.AddRange(page.Items.Select(e => e.Key));
            after = page.Items.Count == 0 ? after : new EntitySortOrder(order).PositionOf(page.Items[^1]);
        }

        Assert.Equal(["p-alpha-2", "p-bravo", "p-charlie", "p-delta", "p-alpha-1"], seen);
    }

    [Fact]
    public async Task Paging_past_the_end_returns_no_items_but_the_total_count()
    {
        var store = await CreateOrderingFixtureAsync();

        var last = await GetEntityAsync(store, "p-delta");

        var page = await store.QueryEntitiesAsync(new EntityQuery { Kind = EntityKind.Project, After = new EntitySortOrder([]).PositionOf(last!), Take = 5 });

        Assert.Empty(page.Items);
        Assert.Equal(5, page.TotalCount);
        Assert.True(page.HasPrevious);
        Assert.False(page.HasNext);
    }

    [Fact]
    public async Task Take_zero_returns_only_the_total_count()
    {
        var store = await CreateOrderingFixtureAsync();

        var page = await store.QueryEntitiesAsync(new EntityQuery { Kind = EntityKind.Project, Take = 0 });

        Assert.Empty(page.Items);
        Assert.Equal(5, page.TotalCount);
    }

    [Fact]
    public async Task Total_count_counts_filtered_matches_only()
    {
        var store = await CreateOrderingFixtureAsync();

        var page = await store.QueryEntitiesAsync(new EntityQuery
        {
            Kind = EntityKind.Project,
            Filter = Where("sector", FilterOperator.Eq, Text("Energy")),
            Take = 1,
        });

        Assert.Single(page.Items);
        Assert.Equal(3, page.TotalCount);
    }
}
