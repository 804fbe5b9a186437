using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Caching;
using KnowledgeGraph.Caching.Versioning;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary><c>entityChanged(id:)</c> over WebSocket with the graphql-ws client against the real server on Kestrel.</summary>
public sealed class EntityChangedSubscriptionTests(ITestOutputHelper output)
{
    [Fact]
    public Task EntityChanged_pushes_the_entity_when_it_changes_and_nothing_for_writes_elsewhere() =>
        PushesOnlyTheFollowedEntityAsync(new ApiFactory());

    [Fact]
    public Task EntityChanged_delivers_with_caching_disabled_since_the_change_feed_does_not_depend_on_the_cache() =>
        PushesOnlyTheFollowedEntityAsync(new ApiFactory(new Dictionary<string, string?> { ["Caching:Enabled"] = "false" }), cached: false);

    private async Task PushesOnlyTheFollowedEntityAsync(ApiFactory factory, bool cached = true)
    {
        using var app = new KestrelApp(factory);
        Assert.Equal(cached, app.Factory.Services.GetRequiredService<IGraphStore>() is CachingGraphStore);
        var feed = app.Factory.Services.GetRequiredService<GraphChangeFeed>();
        var store = app.Factory.Services.GetRequiredService<IGraphStore>();
        var id = Convert.ToBase64String("Project:khorgos-eastern-gate"u8.ToArray());

        var client = NodeScripts.RunAsync(
            "subscribe.mjs", TimeSpan.FromMinutes(2), app.GraphQLEndpoint, "1",
            $$"""subscription { entityChanged(id: "{{id}}") { key name version } }""");
        await SubscriberWait.UntilSubscribedAsync(feed, client);

        // A write elsewhere moves the graph version on but must not push this entity.
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [new Source { Key = "entity-subscription-test-source", Title = "A source written while a client listens" }],
        });
        var entity = (await store.GetEntitiesAsync(["khorgos-eastern-gate"])).Single();
        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(entity with { Name = "Khorgos hub, renamed" })] });
        var (exitCode, stdout, stderr) = await client;

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        Assert.Equal(0, exitCode);
        var events = stdout.Split('\n').Where(l => l.StartsWith("EVENT ", StringComparison.Ordinal)).ToList();
        var pushed = Assert.Single(events);
        var changed = JsonDocument.Parse(pushed["EVENT ".Length..]).RootElement.GetProperty("data").GetProperty("entityChanged");
        Assert.Equal("Khorgos hub, renamed", changed.GetProperty("name").GetString());
        Assert.Equal(entity.Version + 1, changed.GetProperty("version").GetInt64());
    }
}
