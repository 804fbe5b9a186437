using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// A bare <c>graphql-transport-ws</c> upgrade request sent as plain HTTP, to read the status and GraphQL error body of
/// an upgrade the server refuses (a WebSocket client reports only that the handshake failed).
/// </summary>
public static class WebSocketUpgrade
{
    public static async Task<(HttpStatusCode Status, JsonObject? Body)> RefusalAsync(Uri httpEndpoint, IPAddress? from = null)
    {
        using var client = new HttpClient(from is null ? new SocketsHttpHandler() : LoopbackClient.Handler(from));
        using var request = new HttpRequestMessage(HttpMethod.Get, httpEndpoint);
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.Add(new ProductHeaderValue("websocket"));
        request.Headers.Add("Sec-WebSocket-Version", "13");
        request.Headers.Add("Sec-WebSocket-Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
        request.Headers.Add("Sec-WebSocket-Protocol", "graphql-transport-ws");
        using var response = await client.SendAsync(request);
        Assert.NotEqual(HttpStatusCode.SwitchingProtocols, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text)?.AsObject());
    }
}
