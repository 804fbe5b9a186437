using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    protected Task<IGraphStore> CreateSearchFixtureAsync() => CreateStoreWithAsync([
        Entity("khorgos-gateway", name: "Khorgos Gateway", description: "Dry port on the border with China", aliases: ["Horgos Gateway"]),
        Entity("qorgas-station", name: "Қорғас станциясы", description: "Railway station"),
        Entity("huoerguosi", EntityKind.Region, "霍尔果斯", "Border city"),
        Entity("aktau-port", name: "Aktau Sea Port", description: "Caspian port serving the Middle Corridor"),
        Entity("nurly-zhol", EntityKind.Initiative, "Nurly Zhol", "Infrastructure programme of Kazakhstan"),
        Entity("astana-katakana", EntityKind.Region, "アスタナ", "Capital of Kazakhstan, in Katakana"),
    ]);

    /// <summary>The same word once in a name, once in aliases, once in a description, in texts of equal length.</summary>
    protected Task<IGraphStore> CreateRankingFixtureAsync() => CreateStoreWithAsync([
        Entity("in-description", name: "Alpha Beta", aliases: ["Gamma Delta"], description: "Zhetysu Epsilon"),
        Entity("in-name", name: "Zhetysu Beta", aliases: ["Gamma Delta"], description: "Alpha Epsilon"),
        Entity("in-alias", name: "Alpha Beta", aliases: ["Zhetysu Delta"], description: "Gamma Epsilon"),
    ]);

    [Theory]
    [InlineData("Khorgos", "khorgos-gateway")]
    [InlineData("khor", "khorgos-gateway")]
    [InlineData("KHORGOS GATE", "khorgos-gateway")]
    [InlineData("horgos", "khorgos-gateway")]
    [InlineData("caspian", "aktau-port")]
    [InlineData("қорғас", "qorgas-station")]
    [InlineData("ҚОРҒ", "qorgas-station")]
    [InlineData("霍尔果斯", "huoerguosi")]
    [InlineData("nurly", "nurly-zhol")]
    [InlineData("アスタナ", "astana-katakana")]
    [InlineData("アスタ", "astana-katakana")]
    public async Task Search_finds_words_by_prefix_in_names_aliases_and_descriptions_case_insensitively(string text, string expectedKey)
    {
        var store = await CreateSearchFixtureAsync();

        var hits = await store.SearchAsync(new SearchQuery(text));

        Assert.Equal(expectedKey, hits.First().Entity.Key);
    }

    [Fact]
    public async Task Search_with_more_words_than_the_limit_is_refused_and_one_at_the_limit_is_not()
    {
        var store = await CreateSearchFixtureAsync();
        var words = Enumerable.Range(0, SearchText.MaxWords + 1).Select(i => $"w{i}").ToList();

        var error = await Assert.ThrowsAsync<LimitExceededException>(() => store.SearchAsync(new SearchQuery(string.Join(" ", words))));
        var atLimit = await store.SearchAsync(new SearchQuery(string.Join(" ", words.Take(SearchText.MaxWords))));

        Assert.Equal((SearchText.WordsLimit, SearchText.MaxWords + 1L), (error.Limit, error.Requested));
        Assert.Empty(atLimit);
    }

    [Fact]
    public async Task Search_ranks_name_above_aliases_above_description()
    {
        var store = await CreateRankingFixtureAsync();

        var hits = await store.SearchAsync(new SearchQuery("zhetysu"));

        Assert.Equal(["in-name", "in-alias", "in-description"], hits.Select(h => h.Entity.Key));
        Assert.True(hits[0].Score > hits[1].Score, $"{hits[0].Score} should exceed {hits[1].Score}");
        Assert.True(hits[1].Score > hits[2].Score, $"{hits[1].Score} should exceed {hits[2].Score}");
    }

    [Fact]
    public async Task Search_returns_hits_best_first()
    {
        var store = await CreateSearchFixtureAsync();

        var hits = await store.SearchAsync(new SearchQuery("port"));

        Assert.NotEmpty(hits);
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [Fact]
    public async Task Search_returns_whole_entities()
    {
        var store = await CreateSearchFixtureAsync();

        var hit = (await store.SearchAsync(new SearchQuery("Khorgos"))).First();

        Assert.Equal("Khorgos Gateway", hit.Entity.Name);
        Assert.Equal(["Horgos Gateway"], hit.Entity.Aliases);
        Assert.Equal([DefaultSourceKey], hit.Entity.SourceKeys);
        Assert.Equal(1, hit.Entity.Version);
    }

    [Fact]
    public async Task Search_restricts_to_the_given_kinds()
    {
        var store = await CreateSearchFixtureAsync();

        var hits = await store.SearchAsync(new SearchQuery("border", new HashSet<EntityKind> { EntityKind.Region }));

        Assert.Equal(["huoerguosi"], hits.Select(h => h.Entity.Key));
    }

    [Fact]
    public async Task Search_returns_at_most_the_limit()
    {
        var store = await CreateSearchFixtureAsync();

        var hits = await store.SearchAsync(new SearchQuery("port", Limit: 1));

        Assert.Single(hits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public async Task Search_for_empty_text_returns_nothing(string text)
    {
        var store = await CreateSearchFixtureAsync();

        var hits = await store.SearchAsync(new SearchQuery(text));

        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("\"Khorgos")]
    [InlineData("Khorgos\"")]
    [InlineData("\"Khorgos\"")]
    [InlineData("Khorgos*")]
    [InlineData("*Khorgos")]
    [InlineData("-Khorgos")]
    [InlineData("Khorgos)")]
    [InlineData("(Khorgos")]
    [InlineData(":Khorgos:")]
    [InlineData("Khorgos^")]
    [InlineData("{Khorgos}")]
    [InlineData("Khorgos~")]
    [InlineData("+Khorgos")]
    [InlineData("Khorgos'")]
    public async Task Search_treats_query_syntax_characters_as_plain_text(string text)
    {
        var store = await CreateSearchFixtureAsync();

        var hits = await store.SearchAsync(new SearchQuery(text));

        Assert.Contains(hits, h => h.Entity.Key == "khorgos-gateway");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("-")]
    [InlineData("\"\"\"")]
    [InlineData("( ) : ^ * - + ~")]
    [InlineData("NEAR(zzzq zzzw, 2)")]
    [InlineData("zzzq OR zzzw AND NOT zzze")]
    public async Task Search_with_only_syntax_or_unmatched_words_returns_no_hits_and_no_error(string text)
    {
        var store = await CreateSearchFixtureAsync();

        var hits = await store.SearchAsync(new SearchQuery(text));

        Assert.Empty(hits);
    }

    [Fact]
    public async Task Search_sees_renamed_and_deleted_entities_as_they_are_now()
    {
        var store = await CreateSearchFixtureAsync();
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("aktau-port", name: "Kuryk Ferry Terminal"))],
            DeleteEntityKeys = ["nurly-zhol"],
        });

        var byOldName = await store.SearchAsync(new SearchQuery("aktau"));
        var byNewName = await store.SearchAsync(new SearchQuery("kuryk"));
        var deleted = await store.SearchAsync(new SearchQuery("nurly"));

        Assert.Empty(byOldName);
        Assert.Equal(["aktau-port"], byNewName.Select(h => h.Entity.Key));
        Assert.Empty(deleted);
    }
}
