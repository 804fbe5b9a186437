using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

/// <summary>Collation (names sorted as people expect, alike in every store) and keyset windows (<see cref="EntityQuery.After"/>…).</summary>
public abstract partial class GraphStoreConformanceTests
{
    /// <summary>Names in the order every store must sort them; the two spellings of Aktau Port tie and break by key.</summary>
    private static readonly (string Key, string Name)[] CollatedNames =
    [
        ("c-1520", "1520 Gauge Line"),
        ("c-aktau-lower", "aktau port"),
        ("c-aktau-upper", "Aktau Port"),
        ("c-almaty", "almaty hub"),
        ("c-artis", "Ärtis Bridge"),
        ("c-elan", "Élan Energy"),
        ("c-karaganda", "Karaganda Steel"),
        ("c-ktz", "KTZ – Huawei"),
        ("c-astana", "Астана"),
        ("c-alem", "Әлем"),
        ("c-beineu", "Бейнеу"),
        ("c-yolkino", "Ёлкино"),
        ("c-esil", "Есиль"),
        ("c-kokshetau", "Көкшетау"),
        ("c-karagandy", "Қарағанды"),
        ("c-oral", "Орал"),
        ("c-oskemen", "Өскемен"),
        ("c-uralsk", "Уральск"),
        ("c-ulytau", "Ұлытау"),
        ("c-urzhar", "Үржар"),
        ("c-yrgyz", "Ырғыз"),
        ("c-ile", "Іле"),
        ("c-shanghai", "上海"),
        ("c-beijing", "北京"),
        ("c-khorgos", "霍尔果斯"),
    ];

    private Task<IGraphStore> CreateCollationFixtureAsync() =>
        CreateStoreWithAsync(CollatedNames.Reverse().Select(n => Entity(n.Key, EntityKind.Company, n.Name, properties: [("industry", Text(n.Name))])));

    [Fact]
    public async Task Names_sort_ignoring_case_and_accents_with_Kazakh_letters_after_their_base_letters()
    {
        var store = await CreateCollationFixtureAsync();

        var keys = await QueryKeysAsync(store, new EntityQuery { Kind = EntityKind.Company, Take = 100 });

        Assert.Equal(CollatedNames.Select(n => n.Key), keys);
    }

    [Fact]
    public async Task Descending_name_order_is_the_reverse_except_that_ties_still_break_by_ascending_key()
    {
        var store = await CreateCollationFixtureAsync();

        var keys = await QueryKeysAsync(store,
            new EntityQuery { Kind = EntityKind.Company, Order = [new SortField("name", SortDirection.Desc)], Take = 100 });

        string[] tie = ["c-aktau-lower", "c-aktau-upper"];
        var expected = CollatedNames.Select(n => n.Key).Reverse().Where(k => !tie.Contains(k)).ToList();
        expected.InsertRange(expected.Count - 1, tie);
        Assert.Equal(expected, keys);
    }

    [Fact]
    public async Task Text_properties_sort_by_the_same_collation_as_names()
    {
        var store = await CreateCollationFixtureAsync();

        var keys = await QueryKeysAsync(store, new EntityQuery { Kind = EntityKind.Company, Order = [new SortField("industry")], Take = 100 });

        Assert.Equal(CollatedNames.Select(n => n.Key), keys);
    }

    [Fact]
    public async Task Several_sort_fields_with_mixed_directions_apply_in_order_with_missing_values_last()
    {
        var store = await CreateOrderingFixtureAsync();

        var keys = await QueryKeysAsync(store, new EntityQuery
        {
            Kind = EntityKind.Project,
            Order = [new SortField("sector", SortDirection.Desc), new SortField("startYear", SortDirection.Desc)],
        });

        Assert.Equal(["p-alpha-1", "p-alpha-2", "p-charlie", "p-delta", "p-bravo"], keys);
    }

    public static TheoryData<string, SortDirection, string, SortDirection> SortPairs => new()
    {
        { "name", SortDirection.Asc, "startYear", SortDirection.Asc },
        { "sector", SortDirection.Asc, "startYear", SortDirection.Desc },
        { "sector", SortDirection.Desc, "description", SortDirection.Asc },
        { "startYear", SortDirection.Desc, "name", SortDirection.Desc },
        { "description", SortDirection.Desc, "sector", SortDirection.Desc },
    };

    [Theory]
    [MemberData(nameof(SortPairs))]
    public async Task Pages_of_two_walked_forward_and_backward_give_the_whole_order_once_with_exact_flags(
        string first, SortDirection firstDirection, string second, SortDirection secondDirection)
    {
        var store = await CreateOrderingFixtureAsync();
        SortField[] order = [new(first, firstDirection), new(second, secondDirection)];
        var expected = await QueryKeysAsync(store, new EntityQuery { Kind = EntityKind.Project, Order = order });

        var forward = await WalkAsync(store, new EntityQuery { Kind = EntityKind.Project, Order = order, Take = 2 }, fromEnd: false);
        var backward = await WalkAsync(store, new EntityQuery { Kind = EntityKind.Project, Order = order, Take = 2 }, fromEnd: true);

        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    [Fact]
    public async Task A_window_between_two_positions_reads_from_either_end()
    {
        var store = await CreateOrderingFixtureAsync();
        var order = new EntitySortOrder([new SortField("startYear")]);
        var entities = await store.GetEntitiesAsync(["p-delta", "p-alpha-2"]);
        var query = new EntityQuery
        {
            Kind = EntityKind.Project,
            Order = order.Fields,
            After = order.PositionOf(entities.Single(e => e.Key == "p-delta")),
            Before = order.PositionOf(entities.Single(e => e.Key == "p-alpha-2")),
            Take = 1,
        };

        var head = await store.QueryEntitiesAsync(query);
        var tail = await store.QueryEntitiesAsync(query with { FromEnd = true });

        Assert.Equal(["p-bravo"], head.Items.Select(e => e.Key));
        Assert.Equal((true, true), (head.HasPrevious, head.HasNext));
        Assert.Equal(["p-charlie"], tail.Items.Select(e => e.Key));
        Assert.Equal((true, true), (tail.HasPrevious, tail.HasNext));
        Assert.Equal(5, tail.TotalCount);
    }

    [Fact]
    public async Task Inserts_and_deletes_between_pages_cause_no_duplicate_and_no_gap()
    {
        var store = await CreateCollationFixtureAsync();
        var order = new EntitySortOrder([]);
        var query = new EntityQuery { Kind = EntityKind.Company, Take = 4 };

        var first = await store.QueryEntitiesAsync(query);
        var seen = first.Items.Select(e => e.Key).ToList();

        // Before the cursor: an insert and a delete that an offset would have turned into a duplicate and a gap.
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("c-aardvark", EntityKind.Company, "Aardvark Logistics"))],
            DeleteEntityKeys = ["c-aktau-lower"],
        });
        var second = await store.QueryEntitiesAsync(query with { After = order.PositionOf(first.Items[^1]) });
        seen.AddRange(second.Items.Select(e => e.Key));

        // After the cursor: a new entity sorting into the rest is met, a deleted one is not.
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("c-lenger", EntityKind.Company, "Lenger Works"))],
            DeleteEntityKeys = ["c-esil"],
        });
        var rest = await store.QueryEntitiesAsync(query with { After = order.PositionOf(second.Items[^1]), Take = 100 });
        seen.AddRange(rest.Items.Select(e => e.Key));

        Assert.Equal(["c-1520", "c-aktau-lower", "c-aktau-upper", "c-almaty"], first.Items.Select(e => e.Key));
        Assert.Equal(["c-artis", "c-elan", "c-karaganda", "c-ktz"], second.Items.Select(e => e.Key));
        Assert.Equal((true, true), (second.HasPrevious, second.HasNext));
        Assert.Equal((true, false), (rest.HasPrevious, rest.HasNext));
        Assert.Equal(CollatedNames.Length, rest.TotalCount);
        var expected = CollatedNames.Select(n => n.Key).Where(k => k != "c-esil").ToList();
        expected.Insert(expected.IndexOf("c-ktz") + 1, "c-lenger");
        Assert.Equal(expected, seen);
    }

    private static async Task<List<string>> WalkAsync(IGraphStore store, EntityQuery query, bool fromEnd)
    {
        var order = new EntitySortOrder(query.Order);
        var seen = new List<string>();
        var bound = (SortPosition?)null;
        for (var pages = 0; pages < 10; pages++)
        {
            var page = await store.QueryEntitiesAsync(fromEnd ? query with { Before = bound, FromEnd = true } : query with { After = bound });
            Assert.Equal(5, page.TotalCount);
            if (page.Items.Count == 0)
            {
                Assert.Equal((!fromEnd, fromEnd), (page.HasPrevious, page.HasNext));
                return seen;
            }

            var keys = page.Items.Select(e => e.Key).ToList();
            var (before, after) = fromEnd ? (5 - seen.Count - keys.Count, seen.Count) : (seen.Count, 5 - seen.Count - keys.Count);
            Assert.Equal((before > 0, after > 0), (page.HasPrevious, page.HasNext));
            if (fromEnd)
            {
                seen.InsertRange(0, keys);
            }
            else
            {
                seen.AddRange(keys);
            }

            bound = order.PositionOf(fromEnd ? page.Items[0] : page.Items[^1]);
        }

        throw new InvalidOperationException("The walk did not end.");
    }
}
