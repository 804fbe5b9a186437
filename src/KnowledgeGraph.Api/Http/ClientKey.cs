using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Who a request counts against for the per-client limits (rate limit, sockets per client, cache shares): the peer
/// address after the forwarded-headers middleware has replaced it for a trusted proxy. An IPv6 client is one /64
/// network, because a single subscriber is routinely handed a whole /64 and could otherwise take a fresh address for
/// every request. A request's key is computed once, through <see cref="ClientKeys"/>.
/// </summary>
public static class ClientKey
{
    public const string Unknown = "unknown";

    public static string For(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
