using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Domain.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Caching.Tests;

/// <summary>The change feed the version tracker announces on, with and without Redis.</summary>
public sealed class GraphChangeFeedTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Feed_announces_the_version_of_a_write_on_the_same_instance_without_redis()
    {
        await using var instance = await GraphInstance.StartAsync(_database.Path, redisConnectionString: null);
        var recorder = new ChangeRecorder();
        using var subscription = instance.Services.GetRequiredService<IGraphChangeFeed>().Changes.Subscribe(recorder);

        var written = await instance.Store.ApplyAsync(SampleGraph.Initial);

        Assert.Equal([written.GraphVersion], recorder.Versions);
    }

    [Fact]
    public async Task Feed_stops_announcing_to_an_observer_that_unsubscribed()
    {
        await using var instance = await GraphInstance.StartAsync(_database.Path, redisConnectionString: null);
        var recorder = new ChangeRecorder();
        var subscription = instance.Services.GetRequiredService<IGraphChangeFeed>().Changes.Subscribe(recorder);
        var first = await instance.Store.ApplyAsync(SampleGraph.Initial);

        subscription.Dispose();
        await instance.Store.ApplyAsync(SampleGraph.AddAcademy);

        Assert.Equal([first.GraphVersion], recorder.Versions);
    }

    [Fact]
    public async Task Feed_announces_a_write_made_on_another_instance_sharing_redis()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await GraphInstance.StartAsync(_database.Path, redis.ConnectionString);
        await using var b = await GraphInstance.StartAsync(_database.Path, redis.ConnectionString);
        await a.WaitUntilCachingAsync();
        await b.WaitUntilCachingAsync();
        var recorder = new ChangeRecorder();
        using var subscription = b.Services.GetRequiredService<IGraphChangeFeed>().Changes.Subscribe(recorder);

        var written = await a.Store.ApplyAsync(SampleGraph.Initial);

        await Eventually.TrueAsync(
            () => Task.FromResult(recorder.Versions.Contains(written.GraphVersion)),
            $"instance B to announce graph version {written.GraphVersion} written through A");
    }
}
