using System.Net;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.WebSockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>
/// A request's client key is computed once and handed on: the rate limiter, the preparation checks, the response
/// cache and, on a socket, every operation (which all read the upgrade request's key) share it.
/// </summary>
public sealed class ClientKeyOncePerRequestTests
{
    [Fact]
    public async Task Each_HTTP_request_computes_its_client_key_once()
    {
        var keys = new CountingClientKeys();
        using var factory = new CountingFactory(keys);
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.SendAsync(PostQuery("{ hello }"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(3, keys.Computed);
    }

    [Fact]
    public async Task A_socket_computes_its_client_key_once_for_the_upgrade_and_all_its_operations()
    {
        var keys = new CountingClientKeys();
        using var app = new KestrelApp(new CountingFactory(keys));
        using var client = await TransportWsClient.ConnectAsync(new Uri(app.GraphQLEndpoint));
        await client.InitialiseAsync();

        foreach (var id in new[] { "1", "2", "3" })
        {
            await client.SubscribeAsync(id, "{ hello }");
            Assert.Equal("next", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
            Assert.Equal("complete", (await client.ReceiveAsync())?["type"]?.GetValue<string>());
        }

        Assert.Equal(1, keys.Computed);
    }

    private sealed class CountingClientKeys : ClientKeys
    {
        private int computed;

        public int Computed => Volatile.Read(ref computed);

        protected override string Compute(IPAddress? address)
        {
            Interlocked.Increment(ref computed);
            return base.Compute(address);
        }
    }

    /// <summary>The transport test application with <paramref name="keys"/> computing the client keys.</summary>
    private sealed class CountingFactory(ClientKeys keys) : TransportFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(keys)));
        }
    }
}
