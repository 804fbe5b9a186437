using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.WebSockets;

/// <summary>
/// Counts the open GraphQL sockets of this instance, in total and per client, and admits a new one only under both
/// <c>GraphQL:WebSockets:MaxConnections</c> and <c>MaxConnectionsPerClient</c>. A client's entry is dropped with its
/// last socket, so the table holds only clients with a socket open.
/// </summary>
public sealed class WebSocketConnectionTracker(IOptions<GraphQLWebSocketSettings> settings)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private int _open;

    /// <summary>Sockets open on this instance now.</summary>
    public int OpenCount
    {
        get
        {
            lock (_gate)
            {
                return _open;
            }
        }
    }

    /// <summary>Sockets <paramref name="client"/> holds open now.</summary>
    public int OpenCountFor(string client)
    {
        lock (_gate)
        {
            return _perClient.GetValueOrDefault(client);
        }
    }

    /// <summary>Takes a place for a socket of <paramref name="client"/> if both limits allow; dispose it when the socket ends.</summary>
    public WebSocketSlot TryOpen(string client)
    {
        var limits = settings.Value;
        lock (_gate)
        {
            var held = _perClient.GetValueOrDefault(client);
            if (held >= limits.MaxConnectionsPerClient)
            {
                return new WebSocketSlot(WebSocketAdmission.ClientAtLimit, release: null);
            }

            if (_open >= limits.MaxConnections)
            {
                return new WebSocketSlot(WebSocketAdmission.ServerAtLimit, release: null);
            }

            _perClient[client] = held + 1;
            _open++;
        }

        return new WebSocketSlot(WebSocketAdmission.Admitted, () => Release(client));
    }

    private void Release(string client)
    {
        lock (_gate)
        {
            _open--;
            var held = _perClient[client] - 1;
            if (held == 0)
            {
                _perClient.Remove(client);
            }
            else
            {
                _perClient[client] = held;
            }
        }
    }
}
