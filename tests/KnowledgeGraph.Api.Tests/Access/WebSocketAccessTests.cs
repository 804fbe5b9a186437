using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.WebSockets;
using KnowledgeGraph.GraphQL.Authorization;

namespace KnowledgeGraph.Api.Tests.Access;

/// <summary>
/// Over graphql-transport-ws the credentials are those of the upgrade request, or those of the <c>connection_init</c>
/// payload (for browsers, which cannot set upgrade headers); with PublicReads off a subscription without them is
/// answered with an <c>error</c> message and never starts.
/// </summary>
public sealed class WebSocketAccessTests(PrivateReadsKestrelFixture fixture) : IClassFixture<PrivateReadsKestrelFixture>
{
    private const string GraphChanged = "subscription { graphChanged { version } }";

    [Fact]
    public async Task Subscription_without_credentials_is_refused_with_an_error_message()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SubscribeAsync("anonymous", GraphChanged);
        var message = await client.ReceiveAsync();

        Assert.Equal("error", message?["type"]?.GetValue<string>());
        Assert.Equal("anonymous", message?["id"]?.GetValue<string>());
        Assert.Equal(AccessErrorCodes.NotAuthenticated, message?["payload"]?[0]?["extensions"]?["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task Query_with_a_refused_api_key_at_upgrade_is_refused_and_says_why()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint,
            headers: new Dictionary<string, string> { [CredentialSchemes.ApiKeyHeader] = "kg_unknown" });
        await client.InitialiseAsync();

        await client.SubscribeAsync("q", "{ statistics { graphVersion } }");
        var message = await client.ReceiveAsync();

        Assert.Equal("error", message?["type"]?.GetValue<string>());
        Assert.Contains("not recognised", message?["payload"]?[0]?["message"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_token_at_upgrade_may_query_over_the_socket()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint,
            headers: new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestCredentials.ReaderToken() });
        await client.InitialiseAsync();

        await client.SubscribeAsync("q", "{ statistics { graphVersion } }");
        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.NotNull(next?["payload"]?["data"]?["statistics"]?["graphVersion"]);
        Assert.Equal("complete", complete?["type"]?.GetValue<string>());
    }

    [Fact]
    public async Task Api_key_in_the_connection_init_payload_may_subscribe()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.SendAsync(new { type = "connection_init", payload = new Dictionary<string, string> { ["x-api-key"] = TestCredentials.ReaderApiKey } });
        Assert.Equal("connection_ack", (await client.ReceiveAsync())?["type"]?.GetValue<string>());

        await client.SubscribeAsync("q", "{ statistics { graphVersion } }");
        var next = await client.ReceiveAsync();

        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.NotNull(next?["payload"]?["data"]?["statistics"]?["graphVersion"]);
    }

    [Fact]
    public async Task Refused_token_in_the_connection_init_payload_closes_the_socket_with_4403()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.SendAsync(new
        {
            type = "connection_init",
            payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestCredentials.ExpiredEditorToken() },
        });

        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4403, code);
        Assert.Contains("expired", client.CloseReason, StringComparison.Ordinal);
    }
}

/// <summary>The real application on Kestrel with PublicReads off and the test credentials configured.</summary>
public sealed class PrivateReadsKestrelFixture : IDisposable
{
    public KestrelApp App { get; } = new(new ApiFactory(TestCredentials.Settings(publicReads: false)));

    public Uri Endpoint => new(App.GraphQLEndpoint);

    public void Dispose() => App.Dispose();
}
