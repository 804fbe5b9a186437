using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// Test seam for the address a request comes from (what Kestrel reads from the socket; the in-memory test server
/// leaves it empty): a startup filter, which runs before the whole application pipeline, sets it from a test-only
/// header. The forwarded-headers middleware and the rate limiter then see it as the connection's own address.
/// </summary>
public static class PeerAddress
{
    private const string Header = "X-Test-Peer-Address";

    /// <summary>The factory with the seam installed; disposed with <paramref name="factory"/>.</summary>
    public static WebApplicationFactory<Program> WithPeerAddresses(this WebApplicationFactory<Program> factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, Filter>()));

    /// <summary>Sends <paramref name="request"/> as if its connection came from <paramref name="address"/>.</summary>
    public static HttpRequestMessage From(this HttpRequestMessage request, string address)
    {
        request.Headers.Add(Header, address);
        return request;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.Remove(Header, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
