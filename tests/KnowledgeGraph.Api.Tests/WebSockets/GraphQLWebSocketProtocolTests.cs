using System.Text.Json.Nodes;
using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>The <c>graphql-transport-ws</c> protocol at <c>/graphql</c>, driven message by message.</summary>
public sealed class GraphQLWebSocketProtocolTests(WebSocketFixture fixture) : IClassFixture<WebSocketFixture>
{
    private const string GraphChanged = "subscription { graphChanged { version } }";

    [Fact]
    public async Task Server_agrees_on_the_graphql_transport_ws_subprotocol()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);

        await client.InitialiseAsync();

        Assert.Equal("graphql-transport-ws", client.SubProtocol);
    }

    [Fact]
    public async Task Socket_without_the_subprotocol_is_closed_with_4406()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint, subProtocol: null);

        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4406, code);
    }

    [Fact]
    public async Task Socket_without_connection_init_is_closed_with_4408_after_the_configured_timeout()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);

        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4408, code);
        Assert.Equal("Connection initialisation timeout", client.CloseReason);
    }

    [Fact]
    public async Task Subscribe_before_the_acknowledgement_closes_with_4401()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);

        await client.SubscribeAsync("1", GraphChanged);
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4401, code);
    }

    [Fact]
    public async Task Subscribe_with_the_id_of_a_running_operation_closes_with_4409()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SubscribeAsync("same", GraphChanged);
        await client.SubscribeAsync("same", GraphChanged);
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4409, code);
        Assert.Equal("Subscriber for same already exists", client.CloseReason);
    }

    [Fact]
    public async Task Id_completed_by_the_client_may_be_used_again()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SubscribeAsync("reused", GraphChanged);
        await client.SendAsync(new { id = "reused", type = "complete" });
        await client.SubscribeAsync("reused", "{ statistics { graphVersion } }");
        var next = await client.ReceiveAsync();

        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.Equal("reused", next?["id"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"type":"no_such_type"}""")]
    [InlineData("""not json""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ statistics { graphVersion } }"}}""")]
    [InlineData("""{"type":"complete"}""")]
    public async Task Unreadable_or_unknown_message_closes_with_4400(string message)
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SendAsync(message);
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4400, code);
    }

    [Fact]
    public async Task Second_connection_init_closes_with_4429()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SendAsync(new { type = "connection_init" });
        var code = await client.ReceiveCloseAsync();

        Assert.Equal(4429, code);
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_carrying_the_same_payload()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SendAsync(new { type = "ping", payload = new { sent = "now" } });
        var pong = await client.ReceiveAsync();

        Assert.Equal("pong", pong?["type"]?.GetValue<string>());
        Assert.Equal("now", pong?["payload"]?["sent"]?.GetValue<string>());
    }

    [Fact]
    public async Task Query_over_the_socket_is_answered_with_one_next_and_complete()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SubscribeAsync("q", "{ statistics { graphVersion } }");
        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        Assert.Equal("next", next?["type"]?.GetValue<string>());
        Assert.True(next?["payload"]?["data"]?["statistics"]?["graphVersion"]?.GetValue<long>() > 0);
        Assert.Null(next?["payload"]?["errors"]);
        Assert.Equal("complete", complete?["type"]?.GetValue<string>());
        Assert.Equal("q", complete?["id"]?.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_document_is_answered_with_an_error_message_listing_the_errors()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SubscribeAsync("bad", "subscription { noSuchField }");
        var error = await client.ReceiveAsync();

        Assert.Equal("error", error?["type"]?.GetValue<string>());
        Assert.Equal("bad", error?["id"]?.GetValue<string>());
        var errors = Assert.IsType<JsonArray>(error?["payload"]);
        Assert.Contains(errors, e => e?["message"]?.GetValue<string>().Contains("noSuchField", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Document_over_the_token_limit_is_answered_with_a_limit_error()
    {
        using var client = await TransportWsClient.ConnectAsync(fixture.Endpoint);
        await client.InitialiseAsync();

        await client.SubscribeAsync("big", "{ " + string.Concat(Enumerable.Repeat("statistics { graphVersion } ", 2000)) + "}");
        var error = await client.ReceiveAsync();

        Assert.Equal("error", error?["type"]?.GetValue<string>());
        Assert.Equal(DomainErrorCodes.LimitExceeded, error?["payload"]?[0]?["extensions"]?["code"]?.GetValue<string>());
    }
}
