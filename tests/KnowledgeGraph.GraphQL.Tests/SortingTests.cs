using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class SortingTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Theory]
    [InlineData("", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("order: [{ startYear: DESC }]", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,zhezkazgan-beineu-railway,western-europe-western-china")]
    [InlineData("order: [{ sector: ASC }, { key: DESC }]", "shymkent-refinery-upgrade,khorgos-gateway,khorgos-container-terminal,aktau-container-hub,zhezkazgan-beineu-railway,western-europe-western-china")]
    [InlineData("order: [{ lengthKm: ASC }]", "zhezkazgan-beineu-railway,western-europe-western-china,aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade")]
    [InlineData("order: [{ lengthKm: DESC }]", "western-europe-western-china,zhezkazgan-beineu-railway,aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade")]
    public async Task Projects_order_sorts_by_each_criterion_in_turn_with_missing_values_last(string order, string expectedKeys)
    {
        var response = await fixture.Host.ExecuteAsync($"{{ projects(first: 50 {order}) {{ nodes {{ key }} }} }}");

        response.AssertNoErrors();
        Assert.Equal(expectedKeys.Split(','), response.Strings("projects.nodes", "key"));
    }

    [Theory]
    [InlineData("{ sector: ASC, startYear: DESC }", "{ sector: ASC }, { startYear: DESC }")]
    [InlineData("{ startYear: DESC, sector: ASC }", "{ startYear: DESC }, { sector: ASC }")]
    [InlineData("{ status: DESC, name: ASC }, { lengthKm: DESC }", "{ status: DESC }, { name: ASC }, { lengthKm: DESC }")]
    public async Task Several_fields_in_one_sort_input_sort_in_the_order_they_are_written(string combined, string separate)
    {
        var response = await fixture.Host.ExecuteAsync(
            $"{{ combined: projects(first: 50, order: [{combined}]) {{ nodes {{ key }} }} separate: projects(first: 50, order: [{separate}]) {{ nodes {{ key }} }} }}");

        response.AssertNoErrors();
        Assert.Equal(response.Strings("separate.nodes", "key"), response.Strings("combined.nodes", "key"));
    }

    [Fact]
    public async Task The_written_order_of_fields_decides_and_holds_for_variables_too()
    {
        const string Query = "query($order: [ProjectSortInput!]) { projects(first: 50, order: $order) { nodes { key } } }";
        var sectorFirst = await fixture.Host.ExecuteAsync("{ projects(first: 50, order: [{ sector: ASC }, { startYear: DESC }]) { nodes { key } } }");
        var yearFirst = await fixture.Host.ExecuteAsync("{ projects(first: 50, order: [{ startYear: DESC }, { sector: ASC }]) { nodes { key } } }");

        var variableYearFirst = await fixture.Host.ExecuteAsync(Query, new { order = new[] { new Dictionary<string, string> { ["startYear"] = "DESC", ["sector"] = "ASC" } } });
        var variableSectorFirst = await fixture.Host.ExecuteAsync(Query, new { order = new[] { new Dictionary<string, string> { ["sector"] = "ASC", ["startYear"] = "DESC" } } });

        Assert.NotEqual(sectorFirst.Strings("projects.nodes", "key"), yearFirst.Strings("projects.nodes", "key"));
        Assert.Equal(yearFirst.Strings("projects.nodes", "key"), variableYearFirst.AssertNoErrors().Strings("projects.nodes", "key"));
        Assert.Equal(sectorFirst.Strings("projects.nodes", "key"), variableSectorFirst.AssertNoErrors().Strings("projects.nodes", "key"));
    }
}
