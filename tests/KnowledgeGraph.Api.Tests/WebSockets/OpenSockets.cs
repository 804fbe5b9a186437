using KnowledgeGraph.Api.WebSockets;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// Bounded polling until the server's count of open sockets reaches a number: the server ends a socket shortly after
/// the client has left, on its own thread (never a timing assertion).
/// </summary>
public static class OpenSockets
{
    public static async Task UntilAsync(WebSocketConnectionTracker sockets, int expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (sockets.OpenCount != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The server still counts {sockets.OpenCount} open sockets, not {expected}.");
            await Task.Delay(20);
        }
    }
}
