using System.Net;
using KnowledgeGraph.Api.Http;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>Who a request counts against: an IPv4 address is itself, an IPv6 client is its /64 network.</summary>
public sealed class ClientKeyTests
{
    [Fact]
    public void Addresses_in_one_IPv6_64_network_are_one_client()
    {
        var first = ClientKey.For(IPAddress.Parse("2001:db8:1:2:aaaa:bbbb:cccc:1"));
        var second = ClientKey.For(IPAddress.Parse("2001:db8:1:2:ffff:ffff:ffff:ffff"));

        Assert.Equal("2001:db8:1:2::/64", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Neighbouring_IPv6_64_networks_are_different_clients()
    {
        Assert.NotEqual(ClientKey.For(IPAddress.Parse("2001:db8:1:2::1")), ClientKey.For(IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void IPv4_addresses_are_clients_of_their_own()
    {
        Assert.Equal("203.0.113.7", ClientKey.For(IPAddress.Parse("203.0.113.7")));
        Assert.NotEqual(ClientKey.For(IPAddress.Parse("203.0.113.7")), ClientKey.For(IPAddress.Parse("203.0.113.8")));
    }

    [Fact]
    public void An_IPv4_client_on_a_dual_stack_socket_is_the_same_client_as_over_IPv4()
    {
        Assert.Equal("203.0.113.7", ClientKey.For(IPAddress.Parse("::ffff:203.0.113.7")));
    }

    [Fact]
    public void A_request_without_an_address_is_the_unknown_client()
    {
        Assert.Equal(ClientKey.Unknown, ClientKey.For((IPAddress?)null));
    }
}
