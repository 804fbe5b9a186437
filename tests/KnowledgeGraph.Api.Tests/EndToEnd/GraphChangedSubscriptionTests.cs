using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Caching.Versioning;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary><c>graphChanged</c> over WebSocket with the graphql-ws client against the real server on Kestrel.</summary>
public sealed class GraphChangedSubscriptionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GraphChanged_pushes_the_new_version_to_a_graphql_ws_client_after_a_write_through_the_store()
    {
        using var app = new KestrelApp(new ApiFactory());
        var feed = app.Factory.Services.GetRequiredService<GraphChangeFeed>();
        var store = app.Factory.Services.GetRequiredService<IGraphStore>();

        var client = NodeScripts.RunAsync("subscribe.mjs", TimeSpan.FromMinutes(2), app.GraphQLEndpoint, "1");
        await SubscriberWait.UntilSubscribedAsync(feed, client);
        var written = await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [new Source { Key = "subscription-test-source", Title = "A source written while a client listens" }],
            Author = new ChangeAuthor("subscription test"),
        });
        var (exitCode, stdout, stderr) = await client;

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        Assert.Equal(0, exitCode);
        var query = JsonDocument.Parse(Line(stdout, "QUERY "));
        Assert.True(query.RootElement.GetProperty("data").GetProperty("statistics").GetProperty("graphVersion").GetInt64() < written.GraphVersion);
        var pushed = JsonDocument.Parse(Line(stdout, "EVENT "));
        Assert.Equal(written.GraphVersion, pushed.RootElement.GetProperty("data").GetProperty("graphChanged").GetProperty("version").GetInt64());
    }

    private static string Line(string stdout, string prefix) =>
        stdout.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..];
}
