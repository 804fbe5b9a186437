using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Querying;

public sealed class SearchRankingTests
{
    [Theory]
    [InlineData("Eurasian Economic Union", "eurasian economic union")]
    [InlineData("  Eurasian \t Economic\nUnion ", "eurasian economic union")]
    [InlineData("Almaty Oblysy — Qonaev", "almaty oblysy — qonaev")]
    [InlineData("Žetisu Ålatau Qonaýev", "zetisu alatau qonayev")]
    [InlineData("Ше\u0301лковый путь Ёлка", "шелковый путь елка")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void Text_is_compared_without_accents_case_or_extra_spacing(string? text, string expected)
    {
        Assert.Equal(expected, SearchComparison.Normalize(text));
    }

    [Theory]
    [InlineData("eaeu", "Eurasian Economic Union", "EAEU", SearchMatch.Exact)]
    [InlineData("belt and  road initiative", "Belt and Road Initiative", null, SearchMatch.Exact)]
    [InlineData("zetisu", "Žetisu", null, SearchMatch.Exact)]
    [InlineData("belt and road", "Belt and Road Initiative", "BRI", SearchMatch.Prefix)]
    [InlineData("eaeu", "EAEU transport route system", null, SearchMatch.Prefix)]
    [InlineData("khorgos", "Altynkol – Khorgos railway crossing", null, SearchMatch.Contains)]
    [InlineData("khorgos", "Industrial zone in Khorgos", null, SearchMatch.Contains)]
    [InlineData("road", "Silk Road Economic Belt", null, SearchMatch.Contains)]
    [InlineData("belt and road", "Silk Road Economic Belt", null, SearchMatch.Other)]
    [InlineData("org", "Khorgos", null, SearchMatch.Other)]
    [InlineData("khorgos", "Almaty", "Khorgos gateway", SearchMatch.Prefix)]
    public void A_hit_is_classified_by_its_best_name_or_alias(string text, string name, string? alias, SearchMatch expected)
    {
        var entity = Entity("e", name, alias is null ? [] : [alias]);

        Assert.Equal(expected, SearchRanking.Classify(SearchComparison.Normalize(text), entity));
    }

    [Fact]
    public void Exact_matches_come_first_then_prefixes_then_word_starts_then_the_store_order()
    {
        SearchHit[] store =
        [
            Hit("silk-road-economic-belt", "Silk Road Economic Belt", 9),
            Hit("port", "Dry port", 8, description: "On the Belt and Road"),
            Hit("new-belt-and-road", "New Belt and Road corridor", 7),
            Hit("belt-and-road-forum", "Belt and Road Forum", 3),
            Hit("bri", "Belt and Road Initiative", 2, aliases: ["BRI"]),
            Hit("belt-and-road", "Belt and Road", 1),
        ];

        var ranked = SearchRanking.Rank("Belt and Road", store, [], limit: 10);

        Assert.Equal(
            ["belt-and-road", "belt-and-road-forum", "bri", "new-belt-and-road", "silk-road-economic-belt", "port"],
            ranked.Select(h => h.Entity.Key));
    }

    [Fact]
    public void Scores_fall_with_the_ranking_and_name_the_kind_of_match()
    {
        SearchHit[] store = [Hit("route", "EAEU transport route system", 12.5), Hit("eaeu", "Eurasian Economic Union", 4, aliases: ["EAEU"])];

        var ranked = SearchRanking.Rank("EAEU", store, [], limit: 10);

        Assert.Equal(["eaeu", "route"], ranked.Select(h => h.Entity.Key));
        Assert.Equal(3, Math.Floor(ranked[0].Score));
        Assert.Equal(2, Math.Floor(ranked[1].Score));
        Assert.Equal(12.5 / 13.5, ranked[1].Score - 2, precision: 12);
    }

    [Fact]
    public void Within_a_kind_of_match_the_store_relevance_then_the_store_order_decide()
    {
        SearchHit[] store = [Hit("a", "Port of Aktau", 1), Hit("b", "Port of Kuryk", 5), Hit("c", "Port of Atyrau", 1)];

        var ranked = SearchRanking.Rank("port", store, [], limit: 2);

        Assert.Equal(["b", "a"], ranked.Select(h => h.Entity.Key));
    }

    [Fact]
    public void Looked_up_entities_join_only_when_they_match_exactly_and_are_not_already_hits()
    {
        SearchHit[] store = [Hit("route", "EAEU transport route system", 3)];
        Entity[] lookedUp = [Entity("eaeu", "Eurasian Economic Union", ["EAEU"]), Entity("route", "EAEU transport route system", []), Entity("eaeu-2", "EAEU summit", [])];

        var ranked = SearchRanking.Rank("eaeu", store, lookedUp, limit: 10);

        Assert.Equal(["eaeu", "route"], ranked.Select(h => h.Entity.Key));
        Assert.Equal(3, ranked[0].Score);
    }

    [Fact]
    public void A_limit_of_zero_returns_nothing_and_duplicate_hits_count_once()
    {
        SearchHit[] store = [Hit("a", "Aktau", 2), Hit("a", "Aktau", 1)];

        Assert.Empty(SearchRanking.Rank("aktau", store, [], limit: 0));
        Assert.Single(SearchRanking.Rank("aktau", store, [], limit: 5));
    }

    private static SearchHit Hit(string key, string name, double score, IReadOnlyList<string>? aliases = null, string? description = null) =>
        new(Entity(key, name, aliases ?? [], description), score);

    private static Entity Entity(string key, string name, IReadOnlyList<string> aliases, string? description = null) => new()
    {
        Key = key,
        Kind = EntityKind.Project,
        Name = name,
        Aliases = aliases,
        Description = description,
    };
}
