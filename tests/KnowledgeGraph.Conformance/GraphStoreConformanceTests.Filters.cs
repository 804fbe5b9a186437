using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    /// <summary>
    /// Four projects and a region: names in Latin, Kazakh Cyrillic and Chinese; some lack a description, startYear or lengthKm.
    /// </summary>
    protected Task<IGraphStore> CreateFilterFixtureAsync() => CreateStoreWithAsync([
        Entity("khorgos-gateway", name: "Khorgos Gateway", description: "Dry port on the China border",
            properties: [("sector", Text("Logistics")), ("startYear", Int(2015)), ("lengthKm", Num(0.5))]),
        Entity("qorgas-station", name: "Қорғас станциясы",
            properties: [("sector", Text("Transport")), ("startYear", Int(2011)), ("lengthKm", Num(12.5))]),
        Entity("huoerguosi-port", name: "霍尔果斯口岸", description: "霍尔果斯 border crossing, ҚОРҒАС side",
            properties: [("sector", Text("Transport")), ("lengthKm", Num(3.0))]),
        Entity("aktau-port", name: "Aktau Sea Port", description: "Caspian port",
            properties: [("sector", Text("Logistics")), ("startYear", Int(2020)), ("status", Text("Operational"))]),
        Entity("kazakhstan", EntityKind.Region, "Kazakhstan", "Country in Central Asia", properties: [("level", Text("Country"))]),
    ]);

    [Fact]
    public async Task Filter_eq_on_name_compares_exactly_and_case_sensitively()
    {
        var store = await CreateFilterFixtureAsync();

        var exact = await QueryKeysAsync(store, ProjectsWhere(Where("name", FilterOperator.Eq, Text("Khorgos Gateway"))));
        var otherCase = await QueryKeysAsync(store, ProjectsWhere(Where("name", FilterOperator.Eq, Text("khorgos gateway"))));

        Assert.Equal(["khorgos-gateway"], exact);
        Assert.Empty(otherCase);
    }

    [Fact]
    public async Task Filter_eq_on_key_finds_the_entity()
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where("key", FilterOperator.Eq, Text("aktau-port"))));

        Assert.Equal(["aktau-port"], keys);
    }

    [Fact]
    public async Task Filter_eq_on_a_property_does_not_match_entities_lacking_it()
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where("status", FilterOperator.Eq, Text("Operational"))));

        Assert.Equal(["aktau-port"], keys);
    }

    [Fact]
    public async Task Filter_neq_matches_other_values_and_entities_lacking_the_property()
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where("status", FilterOperator.Neq, Text("Operational"))));

        Assert.Equal(["huoerguosi-port", "khorgos-gateway", "qorgas-station"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filter_in_matches_any_listed_value_and_not_in_also_matches_missing_properties()
    {
        var store = await CreateFilterFixtureAsync();

        var inYears = await QueryKeysAsync(store, ProjectsWhere(Where("startYear", FilterOperator.In, Int(2011), Int(2020))));
        var notInYears = await QueryKeysAsync(store, ProjectsWhere(Where("startYear", FilterOperator.NotIn, Int(2011), Int(2020))));
        var inSectors = await QueryKeysAsync(store, ProjectsWhere(Where("sector", FilterOperator.In, Text("Transport"))));

        Assert.Equal(["aktau-port", "qorgas-station"], inYears.Order(StringComparer.Ordinal));
        Assert.Equal(["huoerguosi-port", "khorgos-gateway"], notInYears.Order(StringComparer.Ordinal));
        Assert.Equal(["huoerguosi-port", "qorgas-station"], inSectors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filter_in_compares_text_exactly()
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where("sector", FilterOperator.In, Text("transport"), Text("LOGISTICS"))));

        Assert.Empty(keys);
    }

    [Theory]
    [InlineData("GATEWAY", "khorgos-gateway")]
    [InlineData("gAtE", "khorgos-gateway")]
    [InlineData("ҚОРҒАС", "qorgas-station")]
    [InlineData("қорғас", "qorgas-station")]
    [InlineData("果斯", "huoerguosi-port")]
    public async Task Filter_contains_on_name_is_case_insensitive_for_any_script(string text, string expectedKey)
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where("name", FilterOperator.Contains, Text(text))));

        Assert.Equal([expectedKey], keys);
    }

    [Fact]
    public async Task Filter_contains_on_description_skips_entities_without_one()
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where("description", FilterOperator.Contains, Text("қорғас"))));
        var border = await QueryKeysAsync(store, ProjectsWhere(Where("description", FilterOperator.Contains, Text("BORDER"))));

        Assert.Equal(["huoerguosi-port"], keys);
        Assert.Equal(["huoerguosi-port", "khorgos-gateway"], border.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filter_not_contains_is_case_insensitive_and_matches_entities_lacking_the_field()
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where("description", FilterOperator.NotContains, Text("PORT"))));

        Assert.Equal(["huoerguosi-port", "qorgas-station"], keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("name", "kHoR", "khorgos-gateway")]
    [InlineData("name", "ҚОРҒ", "qorgas-station")]
    [InlineData("name", "霍尔", "huoerguosi-port")]
    [InlineData("sector", "trans", "huoerguosi-port,qorgas-station")]
    [InlineData("key", "aktau", "aktau-port")]
    [InlineData("name", "Gateway", "")]
    public async Task Filter_starts_with_is_case_insensitive_and_anchored_at_the_start(string field, string prefix, string expected)
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where(field, FilterOperator.StartsWith, Text(prefix))));

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(FilterOperator.Gt, 2015, "aktau-port")]
    [InlineData(FilterOperator.Gte, 2015, "aktau-port,khorgos-gateway")]
    [InlineData(FilterOperator.Lt, 2015, "qorgas-station")]
    [InlineData(FilterOperator.Lte, 2015, "khorgos-gateway,qorgas-station")]
    public async Task Filter_ordering_operators_compare_integers_and_skip_missing_values(FilterOperator op, long year, string expected)
    {
        var store = await CreateFilterFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where("startYear", op, Int(year))));

        Assert.Equal(expected.Split(','), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filter_ordering_operators_compare_numbers_numerically_with_integer_or_number_values()
    {
        var store = await CreateFilterFixtureAsync();

        var overThree = await QueryKeysAsync(store, ProjectsWhere(Where("lengthKm", FilterOperator.Gt, Num(3))));
        var atLeastThree = await QueryKeysAsync(store, ProjectsWhere(Where("lengthKm", FilterOperator.Gte, Int(3))));
        var belowTen = await QueryKeysAsync(store, ProjectsWhere(Where("lengthKm", FilterOperator.Lt, Num(10))));
        var exactlyThree = await QueryKeysAsync(store, ProjectsWhere(Where("lengthKm", FilterOperator.Eq, Num(3))));

        Assert.Equal(["qorgas-station"], overThree);
        Assert.Equal(["huoerguosi-port", "qorgas-station"], atLeastThree.Order(StringComparer.Ordinal));
        Assert.Equal(["huoerguosi-port", "khorgos-gateway"], belowTen.Order(StringComparer.Ordinal));
        Assert.Equal(["huoerguosi-port"], exactlyThree);
    }

    [Fact]
    public async Task Filter_and_requires_every_operand_and_or_requires_any()
    {
        var store = await CreateFilterFixtureAsync();
        var logistics = Where("sector", FilterOperator.Eq, Text("Logistics"));
        var early = Where("startYear", FilterOperator.Lt, Int(2018));

        var both = await QueryKeysAsync(store, ProjectsWhere(new AndFilter([logistics, early])));
        var either = await QueryKeysAsync(store, ProjectsWhere(new OrFilter([logistics, early])));

        Assert.Equal(["khorgos-gateway"], both);
        Assert.Equal(["aktau-port", "khorgos-gateway", "qorgas-station"], either.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filter_nested_and_or_trees_combine()
    {
        var store = await CreateFilterFixtureAsync();
        var filter = new OrFilter([
            new AndFilter([Where("sector", FilterOperator.Eq, Text("Transport")), Where("name", FilterOperator.Contains, Text("口岸"))]),
            new AndFilter([Where("sector", FilterOperator.Eq, Text("Logistics")), Where("startYear", FilterOperator.Gt, Int(2018))]),
        ]);

        var keys = await QueryKeysAsync(store, ProjectsWhere(filter));

        Assert.Equal(["aktau-port", "huoerguosi-port"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Filter_empty_and_matches_everything_and_empty_or_matches_nothing()
    {
        var store = await CreateFilterFixtureAsync();

        var all = await store.QueryEntitiesAsync(ProjectsWhere(new AndFilter([])));
        var none = await store.QueryEntitiesAsync(ProjectsWhere(new OrFilter([])));

        Assert.Equal(4, all.TotalCount);
        Assert.Equal(0, none.TotalCount);
        Assert.Empty(none.Items);
    }

    [Fact]
    public async Task Query_without_kind_reads_every_kind_and_property_filters_apply_across_kinds()
    {
        var store = await CreateFilterFixtureAsync();

        var everything = await store.QueryEntitiesAsync(new EntityQuery { Take = 100 });
        var notTransport = await QueryKeysAsync(store, new EntityQuery { Filter = Where("sector", FilterOperator.Neq, Text("Transport")) });

        Assert.Equal(5, everything.TotalCount);
        Assert.Equal(["aktau-port", "kazakhstan", "khorgos-gateway"], notTransport.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Query_with_kind_returns_only_that_kind()
    {
        var store = await CreateFilterFixtureAsync();

        var regions = await store.QueryEntitiesAsync(new EntityQuery { Kind = EntityKind.Region });

        Assert.Equal(["kazakhstan"], regions.Items.Select(e => e.Key));
        Assert.Equal(1, regions.TotalCount);
    }

    [Theory]
    [InlineData("noSuchField")]
    [InlineData("level")]
    [InlineData("Name")]
    public async Task Filter_on_a_field_the_kind_does_not_declare_is_a_validation_error(string field)
    {
        var store = await CreateFilterFixtureAsync();

        await Assert.ThrowsAsync<ValidationException>(
            () => store.QueryEntitiesAsync(ProjectsWhere(Where(field, FilterOperator.Eq, Text("x")))));
    }

    [Fact]
    public async Task Sort_on_a_field_the_kind_does_not_declare_is_a_validation_error()
    {
        var store = await CreateFilterFixtureAsync();

        await Assert.ThrowsAsync<ValidationException>(() => store.QueryEntitiesAsync(
            new EntityQuery { Kind = EntityKind.Project, Order = [new SortField("'; DROP TABLE entities; --")] }));
    }
}
