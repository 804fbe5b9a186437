using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>
/// Connections from another loopback address (127.0.0.2, …): to the server, which keys its per-client limits on the
/// peer address, another client.
/// </summary>
public static class LoopbackClient
{
    public static IPAddress Second { get; } = IPAddress.Parse("127.0.0.2");

    public static SocketsHttpHandler Handler(IPAddress from) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(from.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(from, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
