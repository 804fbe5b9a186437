using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>
/// <c>X-Forwarded-For</c> decides the client's rate-limit bucket only when the connection comes from a configured
/// proxy (<c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>); from anywhere else it changes nothing. Seen
/// through a permit limit of one: of two requests from one client the second is refused; from two clients neither is.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.5";
    private static readonly HttpStatusCode[] OneClient = [HttpStatusCode.OK, HttpStatusCode.TooManyRequests];

    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task With_no_proxy_configured_a_forwarded_address_does_not_buy_a_new_bucket(string peer)
    {
        using var factory = Factory();

        var statuses = await ProbeAsync(factory, peer, "198.51.100.1", "198.51.100.2");

        Assert.Equal(OneClient, statuses);
    }

    [Fact]
    public async Task A_peer_that_is_not_the_configured_proxy_is_not_believed()
    {
        using var factory = Factory(("ForwardedHeaders:KnownProxies:0", Proxy));

        var statuses = await ProbeAsync(factory, "10.0.0.6", "198.51.100.1", "198.51.100.2");

        Assert.Equal(OneClient, statuses);
    }

    [Fact]
    public async Task Addresses_a_client_writes_in_front_of_the_one_its_proxy_saw_are_not_read()
    {
        using var factory = Factory(("ForwardedHeaders:KnownProxies:0", Proxy));

        // The proxy appends the address it saw (198.51.100.1) to whatever the client sent.
        var statuses = await ProbeAsync(factory, Proxy, "192.0.2.1, 198.51.100.1", "192.0.2.2, 198.51.100.1");

        Assert.Equal(OneClient, statuses);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", Proxy, "198.51.100.1", "198.51.100.2")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24", "198.51.100.1", "198.51.100.2")]
    // A front proxy (10.0.0.7, also trusted) saw the client, and the load balancer saw the front proxy.
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24", "198.51.100.1, 10.0.0.7", "198.51.100.2, 10.0.0.7")]
    public async Task Clients_behind_trusted_proxies_get_a_bucket_each(string key, string value, string firstClient, string secondClient)
    {
        using var factory = Factory((key, value));

        var statuses = await ProbeAsync(factory, Proxy, firstClient, secondClient, firstClient);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.1")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.1/8")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33")]
    public async Task A_proxy_setting_that_is_not_an_address_or_network_stops_the_start_naming_the_key(string key, string value)
    {
        var exception = await StartupFailure.OfAsync(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(key, exception.ToString());
    }

    private static TransportFactory Factory(params (string Key, string Value)[] settings)
    {
        var overrides = new Dictionary<string, string?> { ["GraphQL:RateLimit:HealthPermitLimit"] = "1", ["GraphQL:RateLimit:WindowSeconds"] = "3600" };
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        return new TransportFactory(overrides);
    }

    /// <summary>One <c>/healthz</c> probe from <paramref name="peer"/> per <c>X-Forwarded-For</c> value, in order.</summary>
    private static async Task<HttpStatusCode[]> ProbeAsync(TransportFactory factory, string peer, params string[] forwardedFor)
    {
        var client = factory.WithPeerAddresses().CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var addresses in forwardedFor)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/healthz").From(peer);
            request.Headers.Add("X-Forwarded-For", addresses);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        return [.. statuses];
    }
}
