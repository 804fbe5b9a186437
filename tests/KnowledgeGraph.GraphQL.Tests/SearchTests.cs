using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class SearchTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Fact]
    public async Task Search_returns_matching_entities_best_first_with_scores()
    {
        var response = await fixture.Host.ExecuteAsync("""{ search(text: "khorgos") { score entity { __typename key name } } }""");

        response.AssertNoErrors();
        var results = response.At("search").EnumerateArray().ToList();
        Assert.Equal(
            ["khorgos-container-terminal", "khorgos-gateway"],
            results.Select(r => r.GetProperty("entity").GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(results, r => Assert.Equal("Project", r.GetProperty("entity").GetProperty("__typename").GetString()));
    }

    [Fact]
    public async Task Search_finds_aliases_and_can_be_limited_to_kinds_and_a_count()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              bri: search(text: "BRI") { entity { key } }
              companies: search(text: "ktz", kinds: [COMPANY]) { entity { key kind } }
              one: search(text: "ktz", first: 1) { entity { key } }
            }
            """);

        response.AssertNoErrors();
        Assert.Contains("belt-and-road", response.At("bri").EnumerateArray().Select(r => r.GetProperty("entity").GetProperty("key").GetString()));
        Assert.All(response.At("companies").EnumerateArray(), r => Assert.Equal("COMPANY", r.GetProperty("entity").GetProperty("kind").GetString()));
        Assert.Contains("ktz", response.At("companies").EnumerateArray().Select(r => r.GetProperty("entity").GetProperty("key").GetString()));
        Assert.Equal(1, response.At("one").GetArrayLength());
    }

    [Theory]
    [InlineData("""{ search(text: "  ") { score } }""", DomainErrorCodes.ValidationFailed)]
    [InlineData("""{ search(text: "port", first: 1000) { score } }""", DomainErrorCodes.LimitExceeded)]
    public async Task Search_rejects_blank_text_and_oversized_requests(string query, string code)
    {
        var response = await fixture.Host.ExecuteAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Metadata_lists_entity_kinds_with_properties_and_graph_statistics()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              entityKinds { kind typeName connectionField properties { name type allowedValues minimum } }
              statistics { entityCount relationshipCount sourceCount entitiesByKind { name count } }
              sources(keys: ["src-speech", "missing"]) { key }
              source(key: "src-government") { title accessedOn }
            }
            """);

        response.AssertNoErrors();
        var project = response.At("entityKinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "PROJECT");
        Assert.Equal("projects", project.GetProperty("connectionField").GetString());
        var startYear = project.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "startYear");
        Assert.Equal("Int", startYear.GetProperty("type").GetString());
        Assert.Equal(1800, startYear.GetProperty("minimum").GetDouble());
        Assert.Equal(24, response.At("statistics.entityCount").GetInt32());
        Assert.Equal(3, response.At("statistics.sourceCount").GetInt32());
        Assert.Equal(6, response.At("statistics.entitiesByKind").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Project").GetProperty("count").GetInt32());
        Assert.Equal(["src-speech"], response.Strings("sources", "key"));
        Assert.Equal("2024-03-01", response.At("source.accessedOn").GetString());
    }
}
