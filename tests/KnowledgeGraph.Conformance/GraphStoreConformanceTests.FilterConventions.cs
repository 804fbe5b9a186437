using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

/// <summary>Hot Chocolate's filter operators on every field type, pinned for every store.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private const string Wire = "wire";
    private const string Ministry = "ministry";

    /// <summary>
    /// Four projects (aliases and sources differ; one has no description), three regions (one without longitude) and a
    /// company. The wire source has no publisher and no URL.
    /// </summary>
    protected async Task<IGraphStore> CreateConventionFixtureAsync()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources =
            [
                Source(),
                Source(Wire, "Khorgos WIRE report") with { Publisher = null, Url = null },
                Source(Ministry, "Ministry bulletin") with { Publisher = "Ministry of Transport" },
            ],
            UpsertEntities = new[]
            {
                Entity("khorgos-gateway", name: "Khorgos Gateway", description: "Dry port on the China border",
                    aliases: ["KTZE Khorgos Gateway", "Хоргос шлюз"], sourceKeys: [DefaultSourceKey, Wire],
                    properties: [("sector", Text("Logistics")), ("startYear", Int(2015)), ("investmentAmount", Num(245e6)), ("investmentCurrency", Text("USD"))]),
                Entity("qorgas-station", name: "Қорғас станциясы", description: "Railway station",
                    aliases: ["Khorgos station"], sourceKeys: [Wire],
                    properties: [("sector", Text("Transport")), ("startYear", Int(2011)), ("investmentAmount", Num(5e6))]),
                Entity("huoerguosi-port", name: "霍尔果斯口岸", sourceKeys: [Ministry], properties: [("sector", Text("Transport"))]),
                Entity("aktau-port", name: "Aktau Sea Port", description: "Caspian port", aliases: ["Port of Aktau"],
                    properties: [("sector", Text("Logistics")), ("startYear", Int(2020)), ("status", Text("Operational"))]),
                Entity("kazakhstan", EntityKind.Region, "Kazakhstan", properties: [("latitude", Num(48)), ("longitude", Num(68))]),
                Entity("almaty", EntityKind.Region, "Almaty", properties: [("latitude", Num(43.2)), ("longitude", Num(76.9))]),
                Entity("xinjiang", EntityKind.Region, "Xinjiang", properties: [("latitude", Num(41))]),
                Entity("ktz", EntityKind.Company, "Kazakhstan Temir Zholy", aliases: ["KTZ", "ҚТЖ"]),
            }.Select(e => new EntityUpsert(e)).ToList(),
        });
        return store;
    }

    [Theory]
    [InlineData("name", FilterOperator.Eq, "Aktau Sea Port", "aktau-port")]
    [InlineData("name", FilterOperator.Neq, "Aktau Sea Port", "huoerguosi-port,khorgos-gateway,qorgas-station")]
    [InlineData("description", FilterOperator.Neq, "Caspian port", "huoerguosi-port,khorgos-gateway,qorgas-station")]
    [InlineData("status", FilterOperator.In, "Operational", "aktau-port")]
    [InlineData("status", FilterOperator.NotIn, "Operational", "huoerguosi-port,khorgos-gateway,qorgas-station")]
    [InlineData("description", FilterOperator.Contains, "PORT", "aktau-port,khorgos-gateway")]
    [InlineData("description", FilterOperator.NotContains, "PORT", "huoerguosi-port,qorgas-station")]
    [InlineData("name", FilterOperator.StartsWith, "қорғ", "qorgas-station")]
    [InlineData("name", FilterOperator.NotStartsWith, "ҚОРҒ", "aktau-port,huoerguosi-port,khorgos-gateway")]
    [InlineData("description", FilterOperator.NotStartsWith, "dry", "aktau-port,huoerguosi-port,qorgas-station")]
    [InlineData("name", FilterOperator.EndsWith, "СЫ", "qorgas-station")]
    [InlineData("name", FilterOperator.EndsWith, "口岸", "huoerguosi-port")]
    [InlineData("name", FilterOperator.EndsWith, "sea port", "aktau-port")]
    [InlineData("name", FilterOperator.EndsWith, "a longer text than any name ends with: Aktau Sea Port", "")]
    [InlineData("key", FilterOperator.EndsWith, "-port", "aktau-port,huoerguosi-port")]
    [InlineData("description", FilterOperator.EndsWith, "BORDER", "khorgos-gateway")]
    [InlineData("description", FilterOperator.NotEndsWith, "BORDER", "aktau-port,huoerguosi-port,qorgas-station")]
    [InlineData("description", FilterOperator.NotEndsWith, "", "huoerguosi-port")]
    public async Task Text_operators_compare_as_documented_and_negations_match_missing_values(string field, FilterOperator op, string value, string expected)
    {
        var store = await CreateConventionFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where(field, op, Text(value))));

        Assert.Equal(Keys(expected), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("startYear", FilterOperator.Gt, 2015, "aktau-port")]
    [InlineData("startYear", FilterOperator.NotGt, 2015, "huoerguosi-port,khorgos-gateway,qorgas-station")]
    [InlineData("startYear", FilterOperator.Gte, 2015, "aktau-port,khorgos-gateway")]
    [InlineData("startYear", FilterOperator.NotGte, 2015, "huoerguosi-port,qorgas-station")]
    [InlineData("startYear", FilterOperator.Lt, 2015, "qorgas-station")]
    [InlineData("startYear", FilterOperator.NotLt, 2015, "aktau-port,huoerguosi-port,khorgos-gateway")]
    [InlineData("startYear", FilterOperator.Lte, 2015, "khorgos-gateway,qorgas-station")]
    [InlineData("startYear", FilterOperator.NotLte, 2015, "aktau-port,huoerguosi-port")]
    [InlineData("investmentAmount", FilterOperator.Gt, 1e6, "khorgos-gateway,qorgas-station")]
    [InlineData("investmentAmount", FilterOperator.NotGt, 1e7, "aktau-port,huoerguosi-port,qorgas-station")]
    [InlineData("investmentAmount", FilterOperator.NotLte, 1e7, "aktau-port,huoerguosi-port,khorgos-gateway")]
    [InlineData("investmentAmount", FilterOperator.NotGte, 245e6, "aktau-port,huoerguosi-port,qorgas-station")]
    [InlineData("investmentAmount", FilterOperator.NotLt, 5e6, "aktau-port,huoerguosi-port,khorgos-gateway,qorgas-station")]
    public async Task Ordering_operators_and_their_negations_compare_numbers_and_negations_match_missing_values(
        string field, FilterOperator op, double value, string expected)
    {
        var store = await CreateConventionFixtureAsync();
        var typed = field == "startYear" ? Int((long)value) : Num(value);

        var keys = await QueryKeysAsync(store, ProjectsWhere(Where(field, op, typed)));

        Assert.Equal(Keys(expected), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("description", FilterOperator.IsNull, "huoerguosi-port")]
    [InlineData("description", FilterOperator.IsNotNull, "aktau-port,khorgos-gateway,qorgas-station")]
    [InlineData("status", FilterOperator.IsNull, "huoerguosi-port,khorgos-gateway,qorgas-station")]
    [InlineData("startYear", FilterOperator.IsNull, "huoerguosi-port")]
    [InlineData("investmentCurrency", FilterOperator.IsNotNull, "khorgos-gateway")]
    [InlineData("name", FilterOperator.IsNull, "")]
    [InlineData("key", FilterOperator.IsNotNull, "aktau-port,huoerguosi-port,khorgos-gateway,qorgas-station")]
    [InlineData("version", FilterOperator.IsNull, "")]
    [InlineData("kind", FilterOperator.IsNotNull, "aktau-port,huoerguosi-port,khorgos-gateway,qorgas-station")]
    public async Task Null_checks_match_missing_or_present_values(string field, FilterOperator op, string expected)
    {
        var store = await CreateConventionFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(new FieldFilter(field, op, [])));

        Assert.Equal(Keys(expected), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(FilterOperator.Eq, "Region", "almaty,kazakhstan,xinjiang")]
    [InlineData(FilterOperator.Neq, "Project", "almaty,kazakhstan,ktz,xinjiang")]
    [InlineData(FilterOperator.In, "Company,Region", "almaty,kazakhstan,ktz,xinjiang")]
    [InlineData(FilterOperator.NotIn, "Project,Region", "ktz")]
    [InlineData(FilterOperator.In, "", "")]
    [InlineData(FilterOperator.NotIn, "", "aktau-port,almaty,huoerguosi-port,kazakhstan,khorgos-gateway,ktz,qorgas-station,xinjiang")]
    public async Task Kind_compares_kind_names(FilterOperator op, string kinds, string expected)
    {
        var store = await CreateConventionFixtureAsync();

        var keys = await QueryKeysAsync(store, new EntityQuery
        {
            Filter = new FieldFilter(EntityFields.Kind, op, Keys(kinds).Select(Text).ToList()),
            Take = 100,
        });

        Assert.Equal(Keys(expected), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Kind_and_key_together_find_an_entity_only_when_both_agree_as_a_global_id_needs()
    {
        var store = await CreateConventionFixtureAsync();
        EntityFilter Id(string kind, string key) => new AndFilter([
            new FieldFilter(EntityFields.Kind, FilterOperator.Eq, Text(kind)), new FieldFilter(EntityFields.Key, FilterOperator.Eq, Text(key))]);

        var right = await QueryKeysAsync(store, new EntityQuery { Filter = Id("Company", "ktz") });
        var wrongKind = await QueryKeysAsync(store, new EntityQuery { Filter = Id("Region", "ktz") });
        var keyList = await QueryKeysAsync(store, new EntityQuery
        {
            Filter = new AndFilter([
                new FieldFilter(EntityFields.Kind, FilterOperator.Eq, Text("Region")),
                new FieldFilter(EntityFields.Key, FilterOperator.In, [Text("almaty"), Text("ktz"), Text("xinjiang")])]),
        });

        Assert.Equal(["ktz"], right);
        Assert.Empty(wrongKind);
        Assert.Equal(["almaty", "xinjiang"], keyList.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Version_compares_as_an_integer()
    {
        var store = await CreateConventionFixtureAsync();

        var all = await QueryKeysAsync(store, ProjectsWhere(Where(EntityFields.Version, FilterOperator.Gte, Int(1))));
        var none = await QueryKeysAsync(store, ProjectsWhere(Where(EntityFields.Version, FilterOperator.Gt, Int(long.MaxValue))));
        var notAboveOne = await QueryKeysAsync(store, ProjectsWhere(Where(EntityFields.Version, FilterOperator.NotGt, Int(1))));

        Assert.Equal(4, all.Count);
        Assert.Empty(none);
        Assert.Equal(4, notAboveOne.Count);
    }

    [Theory]
    [InlineData(ListQuantifier.Some, FilterOperator.Contains, "KHORGOS", "khorgos-gateway,qorgas-station")]
    [InlineData(ListQuantifier.Some, FilterOperator.EndsWith, "ШЛЮЗ", "khorgos-gateway")]
    [InlineData(ListQuantifier.Some, FilterOperator.StartsWith, "port of", "aktau-port")]
    [InlineData(ListQuantifier.Some, FilterOperator.Eq, "Port of Aktau", "aktau-port")]
    [InlineData(ListQuantifier.Some, FilterOperator.Eq, "port of aktau", "")]
    [InlineData(ListQuantifier.Some, FilterOperator.NotContains, "khorgos", "aktau-port,khorgos-gateway")]
    [InlineData(ListQuantifier.None, FilterOperator.Contains, "khorgos", "aktau-port,huoerguosi-port")]
    [InlineData(ListQuantifier.All, FilterOperator.StartsWith, "k", "huoerguosi-port,qorgas-station")]
    [InlineData(ListQuantifier.All, FilterOperator.NotEndsWith, "gateway", "aktau-port,huoerguosi-port,qorgas-station")]
    public async Task Alias_list_filters_test_each_alias_and_an_empty_list_passes_all_and_none(
        ListQuantifier quantifier, FilterOperator op, string value, string expected)
    {
        var store = await CreateConventionFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(new ListFilter(EntityFields.Aliases, quantifier, Where(ListFilter.Element, op, Text(value)))));

        Assert.Equal(Keys(expected), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(ListQuantifier.Some, "aktau-port,khorgos-gateway,qorgas-station")]
    [InlineData(ListQuantifier.None, "huoerguosi-port")]
    [InlineData(ListQuantifier.All, "aktau-port,huoerguosi-port,khorgos-gateway,qorgas-station")]
    public async Task A_list_filter_without_a_condition_asks_whether_the_list_has_elements(ListQuantifier quantifier, string expected)
    {
        var store = await CreateConventionFixtureAsync();

        var keys = await QueryKeysAsync(store, ProjectsWhere(new ListFilter(EntityFields.Aliases, quantifier, null)));

        Assert.Equal(Keys(expected), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_element_condition_holds_for_one_element_while_separate_list_filters_may_match_different_elements()
    {
        var store = await CreateConventionFixtureAsync();
        var ktze = Where(ListFilter.Element, FilterOperator.Contains, Text("ktze"));
        var gate = Where(ListFilter.Element, FilterOperator.Contains, Text("шлюз"));

        var oneAlias = await QueryKeysAsync(store, ProjectsWhere(new ListFilter(EntityFields.Aliases, ListQuantifier.Some, new AndFilter([ktze, gate]))));
        var twoAliases = await QueryKeysAsync(store, ProjectsWhere(new AndFilter([
            new ListFilter(EntityFields.Aliases, ListQuantifier.Some, ktze), new ListFilter(EntityFields.Aliases, ListQuantifier.Some, gate)])));
        var either = await QueryKeysAsync(store, ProjectsWhere(new ListFilter(EntityFields.Aliases, ListQuantifier.Some, new OrFilter([ktze, gate]))));

        Assert.Empty(oneAlias);
        Assert.Equal(["khorgos-gateway"], twoAliases);
        Assert.Equal(["khorgos-gateway"], either);
    }

    [Theory]
    [InlineData(ListQuantifier.Some, "key", FilterOperator.Eq, "wire", "khorgos-gateway,qorgas-station")]
    [InlineData(ListQuantifier.None, "key", FilterOperator.Eq, DefaultSourceKey, "huoerguosi-port,qorgas-station")]
    [InlineData(ListQuantifier.Some, "title", FilterOperator.Contains, "wire", "khorgos-gateway,qorgas-station")]
    [InlineData(ListQuantifier.Some, "title", FilterOperator.StartsWith, "MINISTRY", "huoerguosi-port")]
    [InlineData(ListQuantifier.Some, "publisher", FilterOperator.IsNull, "", "khorgos-gateway,qorgas-station")]
    [InlineData(ListQuantifier.All, "publisher", FilterOperator.IsNotNull, "", "aktau-port,huoerguosi-port")]
    [InlineData(ListQuantifier.All, "publisher", FilterOperator.Eq, "Test Publisher", "aktau-port")]
    [InlineData(ListQuantifier.None, "publisher", FilterOperator.Eq, "Test Publisher", "huoerguosi-port,qorgas-station")]
    [InlineData(ListQuantifier.Some, "publisher", FilterOperator.NotContains, "test", "huoerguosi-port,khorgos-gateway,qorgas-station")]
    [InlineData(ListQuantifier.Some, "url", FilterOperator.EndsWith, "/" + DefaultSourceKey, "aktau-port,khorgos-gateway")]
    public async Task Source_list_filters_test_each_cited_source_and_a_missing_publisher_or_url_is_a_missing_value(
        ListQuantifier quantifier, string field, FilterOperator op, string value, string expected)
    {
        var store = await CreateConventionFixtureAsync();
        var condition = op is FilterOperator.IsNull or FilterOperator.IsNotNull ? new FieldFilter(field, op, []) : Where(field, op, Text(value));

        var keys = await QueryKeysAsync(store, ProjectsWhere(new ListFilter(EntityFields.Sources, quantifier, condition)));

        Assert.Equal(Keys(expected), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_nested_object_filter_asks_for_every_property_of_the_object_then_its_condition()
    {
        var store = await CreateConventionFixtureAsync();
        var located = new EntityFilter[] { new FieldFilter("latitude", FilterOperator.IsNotNull, []), new FieldFilter("longitude", FilterOperator.IsNotNull, []) };

        var coordinates = await QueryKeysAsync(store, new EntityQuery { Kind = EntityKind.Region, Filter = new AndFilter(located) });
        var south = await QueryKeysAsync(store, new EntityQuery
        {
            Kind = EntityKind.Region,
            Filter = new AndFilter([.. located, Where("latitude", FilterOperator.NotGt, Num(45))]),
        });
        var flatSouth = await QueryKeysAsync(store, new EntityQuery { Kind = EntityKind.Region, Filter = Where("latitude", FilterOperator.NotGt, Num(45)) });

        Assert.Equal(["almaty", "kazakhstan"], coordinates.Order(StringComparer.Ordinal));
        Assert.Equal(["almaty"], south);
        Assert.Equal(["almaty", "xinjiang"], flatSouth.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("kind", FilterOperator.Eq, "Planet", ValidationCodes.InvalidValue)]
    [InlineData("kind", FilterOperator.Contains, "Proj", QueryCodes.InvalidOperator)]
    [InlineData("startYear", FilterOperator.EndsWith, "5", QueryCodes.InvalidOperator)]
    [InlineData("name", FilterOperator.NotGt, "a", QueryCodes.InvalidOperator)]
    [InlineData("aliases", FilterOperator.Eq, "KTZ", QueryCodes.InvalidOperator)]
    public async Task Filters_that_do_not_fit_the_field_are_refused_with_the_same_code_by_every_store(
        string field, FilterOperator op, string value, string code)
    {
        var store = await CreateConventionFixtureAsync();
        var typed = field == "startYear" ? Int(2015) : Text(value);

        var error = await Assert.ThrowsAsync<ValidationException>(() => store.QueryEntitiesAsync(ProjectsWhere(Where(field, op, typed))));

        Assert.Equal(code, error.Errors[0].Code);
    }

    [Fact]
    public async Task Malformed_null_checks_and_list_filters_are_refused_with_the_same_codes_by_every_store()
    {
        var store = await CreateConventionFixtureAsync();

        async Task<string> CodeOf(EntityFilter filter) =>
            (await Assert.ThrowsAsync<ValidationException>(() => store.QueryEntitiesAsync(ProjectsWhere(filter)))).Errors[0].Code;

        Assert.Equal(ValidationCodes.InvalidValue, await CodeOf(Where("description", FilterOperator.IsNull, Text("x"))));
        Assert.Equal(QueryCodes.MissingValue, await CodeOf(new FieldFilter("description", FilterOperator.EndsWith, [])));
        Assert.Equal(QueryCodes.UnknownField, await CodeOf(new ListFilter("description", ListQuantifier.Some, null)));
        Assert.Equal(QueryCodes.UnknownField, await CodeOf(new ListFilter(EntityFields.Aliases, ListQuantifier.Some, Where("title", FilterOperator.Eq, Text("x")))));
        Assert.Equal(QueryCodes.UnknownField, await CodeOf(new ListFilter(EntityFields.Sources, ListQuantifier.Some, Where("name", FilterOperator.Eq, Text("x")))));
        Assert.Equal(QueryCodes.InvalidOperator, await CodeOf(new ListFilter(EntityFields.Sources, ListQuantifier.Some,
            new ListFilter(EntityFields.Aliases, ListQuantifier.Some, null))));
    }

    private static string[] Keys(string commaSeparated) => commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
