using System.Collections.Concurrent;
using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Caching.Tests;

/// <summary>
/// A write's store bookmarks travel with its graph version over Redis, for stores whose reads may lag their writes (a
/// Neo4j cluster): two instances over one SQLite file, each with a stand-in for its store's bookmarks.
/// </summary>
public sealed class RedisBookmarkTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly RecordingBookmarks _writer = new("FB:after-write");
    private readonly RecordingBookmarks _reader = new();
    private RedisServer _redis = null!;
    private GraphInstance _a = null!;
    private GraphInstance _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _a = await GraphInstance.StartAsync(_database.Path, _redis.ConnectionString, configure: s => s.AddSingleton<IGraphBookmarks>(_writer));
        _b = await GraphInstance.StartAsync(_database.Path, _redis.ConnectionString, configure: s => s.AddSingleton<IGraphBookmarks>(_reader));
        await _a.WaitUntilCachingAsync();
        await _b.WaitUntilCachingAsync();
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task The_other_instance_hands_the_writes_bookmarks_to_its_store_before_it_moves_on_to_the_written_version()
    {
        var heard = new ConcurrentQueue<(long Version, IReadOnlyList<string> Observed)>();
        using var subscription = _b.Services.GetRequiredService<IGraphChangeFeed>().Changes.Subscribe(new Listener(v => heard.Enqueue((v.Version, _reader.Observed))));

        var written = await _a.Store.ApplyAsync(SampleGraph.Initial);
        await _b.WaitUntilVersionAsync(written.GraphVersion);

        // The tracker learns the version before the feed tells its subscribers: wait for the announcement itself.
        await Eventually.TrueAsync(() => Task.FromResult(heard.Any(h => h.Version == written.GraphVersion)), $"the feed to announce graph version {written.GraphVersion}");
        var (_, observed) = Assert.Single(heard, h => h.Version == written.GraphVersion);
        Assert.Contains("FB:after-write", observed);
    }

    private sealed class Listener(Action<GraphVersionAdvanced> onNext) : IObserver<GraphVersionAdvanced>
    {
        public void OnNext(GraphVersionAdvanced value) => onNext(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }
}
