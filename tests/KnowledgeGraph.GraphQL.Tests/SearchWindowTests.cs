using System.Globalization;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// An exact match is not lost when the store ranks it beyond the window it is asked for: here sixty entities repeat the
/// searched words in their descriptions, so that the store's relevance puts them above the entities named as typed.
/// </summary>
public sealed class SearchWindowTests : IAsyncLifetime
{
    private SqliteStoreFactory _store = null!;
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        var noise = Enumerable.Range(0, 60).Select(i => Entity(
            $"noisy-{i.ToString("D2", CultureInfo.InvariantCulture)}", $"Name of noisy {i}", string.Join(' ', Enumerable.Repeat("name of", 30))));
        _store = await SqliteStoreFactory.CreateAsync(new GraphChangeSet
        {
            UpsertSources = [new Source { Key = "src", Title = "A source" }],
            UpsertEntities = noise.Append(Entity("name-of", "Name of", null)).Append(Entity("quiet", "Of name", null)).Select(e => new EntityUpsert(e)).ToList(),
        });
        _host = new GraphQLTestHost(_store.Store);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Theory]
    [InlineData("Of name", "quiet")]
    [InlineData("NAME   of", "name-of")]
    public async Task An_exact_name_beyond_the_store_window_still_comes_first(string text, string expected)
    {
        var window = await _store.Store.SearchAsync(new SearchQuery(text, Limit: EntitySearch.WindowFor(3)));
        Assert.DoesNotContain(expected, window.Select(h => h.Entity.Key)); // else this test would not show the lookup
        _host.Store.Reset();

        var response = await _host.ExecuteAsync("query($text: String!) { search(text: $text, first: 3) { score entity { key } } }", new { text });

        response.AssertNoErrors();
        Assert.Equal(expected, response.At("search.0.entity.key").GetString());
        Assert.Equal(3, response.At("search.0.score").GetDouble());
        Assert.Equal(3, response.At("search").GetArrayLength());
        Assert.Equal(1, _host.Store.CallsTo(nameof(IGraphStore.SearchAsync)));
        Assert.Equal(1, _host.Store.CallsTo(nameof(IGraphStore.QueryEntitiesAsync)));
    }

    private static Entity Entity(string key, string name, string? description) =>
        new() { Key = key, Kind = EntityKind.Project, Name = name, Description = description, SourceKeys = ["src"] };
}
