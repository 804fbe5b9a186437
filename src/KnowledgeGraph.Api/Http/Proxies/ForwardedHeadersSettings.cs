using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Http.Proxies;

/// <summary>
/// Section <c>ForwardedHeaders</c>: the reverse proxies and load balancers whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the service believes. None by default: a header sent from anywhere else changes nothing,
/// so a client cannot pick its own rate-limit bucket by writing one.
/// </summary>
public sealed class ForwardedHeadersSettings : ISettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary><c>ForwardedHeaders:KnownProxies</c>: proxy addresses, e.g. <c>10.0.0.5</c> or <c>fd00::5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary><c>ForwardedHeaders:KnownNetworks</c>: proxy networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool TrustsAnyProxy => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    public IEnumerable<IPAddress> Proxies() => KnownProxies.Select(p => IPAddress.Parse(p.Trim()));

    public IEnumerable<IPNetwork> Networks() => KnownNetworks.Select(n => IPNetwork.Parse(n.Trim()));

    public IEnumerable<string> Validate(string section)
    {
        for (var i = 0; i < KnownProxies.Length; i++)
        {
            if (!IsAddress(KnownProxies[i]))
            {
                yield return $"{section}:KnownProxies:{i} must be an IP address such as 10.0.0.5 or fd00::5 (was '{KnownProxies[i]}').";
            }
        }

        for (var i = 0; i < KnownNetworks.Length; i++)
        {
            if (!IsNetwork(KnownNetworks[i]))
            {
                yield return $"{section}:KnownNetworks:{i} must be a network in CIDR notation with no address bits set after the "
                    + $"prefix, such as 10.0.0.0/8 or fd00::/8 (was '{KnownNetworks[i]}').";
            }
        }
    }

    /// <summary>
    /// Address bits after the prefix (<c>10.0.0.5/8</c>) are refused rather than dropped: they more likely mean a
    /// mistyped prefix length than a wish to trust the whole network.
    /// </summary>
    private static bool IsNetwork(string text)
    {
        var parts = text.Trim().Split('/');
        return parts.Length == 2
            && IsAddress(parts[0])
            && IPNetwork.TryParse(text.Trim(), out var network)
            && network.BaseAddress.Equals(IPAddress.Parse(parts[0]));
    }

    /// <summary>
    /// A full address: IPAddress.TryParse also reads shorthand such as <c>10.1</c> (= 10.0.0.1), which in a trust list
    /// is far more likely a typo than a wish.
    /// </summary>
    private static bool IsAddress(string text) =>
        IPAddress.TryParse(text.Trim(), out var address)
        && (address.AddressFamily == AddressFamily.InterNetworkV6 || text.Trim().Split('.').Length == 4);
}
