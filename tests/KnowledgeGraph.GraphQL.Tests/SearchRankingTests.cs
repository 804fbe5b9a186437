using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>What a person means comes first, on the real seed: the entity called what was typed, then names starting with it.</summary>
public sealed class SearchRankingTests(SeededGraphFixture fixture) : IClassFixture<SeededGraphFixture>
{
    [Theory]
    [InlineData("Belt and Road", "belt-and-road-initiative")]
    [InlineData("EAEU", "eurasian-economic-union")]
    [InlineData("eurasian  economic UNION", "eurasian-economic-union")]
    [InlineData("Khorgos", "khorgos")]
    public async Task The_entity_named_or_aliased_as_typed_comes_first(string text, string expected)
    {
        var response = await fixture.Host.ExecuteAsync("query($text: String!) { search(text: $text, first: 5) { score entity { key } } }", new { text });

        response.AssertNoErrors();
        Assert.Equal(expected, response.At("search.0.entity.key").GetString());
        var scores = response.At("search").EnumerateArray().Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Khorgos_entities_come_before_things_that_merely_mention_it()
    {
        var response = await fixture.Host.ExecuteAsync("""{ search(text: "Khorgos", first: 50) { entity { key name aliases } } }""");

        response.AssertNoErrors();
        var results = response.At("search").EnumerateArray().Select(r => r.GetProperty("entity")).ToList();
        var named = results.Select(e => e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Prepend(e.GetProperty("name").GetString()!)
            .Any(label => label.Contains("Khorgos", StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(results.Count > 4, $"Only {results.Count} results: the seed should mention Khorgos in descriptions too.");
        Assert.Equal(named.OrderByDescending(n => n), named);
        var keys = results.Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Equal("khorgos", keys[0]);
        // Names starting with Khorgos before names holding it further on.
        Assert.True(keys.IndexOf("khorgos-eastern-gate") < keys.IndexOf("altynkol-khorgos-railway-crossing"), string.Join(", ", keys));
        Assert.True(keys.IndexOf("khorgos-industrial-zone") < keys.IndexOf("altynkol-khorgos-railway-crossing"), string.Join(", ", keys));
    }

    [Fact]
    public async Task A_search_the_store_answers_in_full_reads_nothing_more()
    {
        fixture.Host.Store.Reset();

        var response = await fixture.Host.ExecuteAsync("""{ search(text: "Khorgos", first: 3) { entity { key } } }""");

        response.AssertNoErrors();
        Assert.Equal(1, fixture.Host.Store.CallsTo(nameof(IGraphStore.SearchAsync)));
        Assert.Equal(0, fixture.Host.Store.CallsTo(nameof(IGraphStore.QueryEntitiesAsync)));
    }
}
