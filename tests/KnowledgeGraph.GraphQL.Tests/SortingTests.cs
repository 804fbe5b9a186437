using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class SortingTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Theory]
    [InlineData("", "aktau-container-hub,khorgos-gateway,khorgos-container-terminal,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
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

    [Fact]
    public async Task A_sort_input_setting_two_fields_fails_with_VALIDATION_FAILED()
    {
        var response = await fixture.Host.ExecuteAsync("{ projects(order: [{ name: ASC }, { sector: ASC, startYear: DESC }]) { totalCount } }");

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("order[1]", response.Errors[0].GetProperty("extensions").GetProperty("details")[0].GetProperty("path").GetString());
    }
}
