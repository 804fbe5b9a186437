using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Caching.Tests.Fixtures;
using KnowledgeGraph.Caching.Versioning;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>Two instances sharing one database and one real <c>redis-server</c>: a write on one reaches a subscriber on the other.</summary>
public sealed class CrossInstanceSubscriptionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GraphChanged_on_one_instance_pushes_a_write_made_on_another_instance_sharing_redis()
    {
        await using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Caching:KeyPrefix"] = "kg-subscription-test:",
        };
        using var subscribed = new KestrelApp(new ApiFactory(settings) { KeepDatabase = true });
        using var writer = new ApiFactory(settings, subscribed.Factory.DatabasePath);
        await WaitUntilSynchronizedAsync(subscribed.Factory.Services);
        await WaitUntilSynchronizedAsync(writer.Services);
        var feed = subscribed.Factory.Services.GetRequiredService<GraphChangeFeed>();

        var client = NodeScripts.RunAsync("subscribe.mjs", TimeSpan.FromMinutes(2), subscribed.GraphQLEndpoint, "1");
        await SubscriberWait.UntilSubscribedAsync(feed, client);
        var written = await writer.Services.GetRequiredService<IGraphStore>().ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [new Source { Key = "cross-instance-source", Title = "A source written on the other instance" }],
        });
        var (exitCode, stdout, stderr) = await client;

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        Assert.Equal(0, exitCode);
        const string prefix = "EVENT ";
        var pushed = JsonDocument.Parse(stdout.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..]);
        Assert.Equal(written.GraphVersion, pushed.RootElement.GetProperty("data").GetProperty("graphChanged").GetProperty("version").GetInt64());
    }

    private static async Task WaitUntilSynchronizedAsync(IServiceProvider services)
    {
        var tracker = services.GetRequiredService<RedisGraphVersionTracker>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!tracker.IsSynchronized)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The instance never synchronised with Redis.");
            }

            await tracker.SynchronizeAsync();
            await Task.Delay(50);
        }
    }
}
