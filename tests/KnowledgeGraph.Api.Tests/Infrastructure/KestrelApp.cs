using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>The real application on Kestrel, bound to a free port on 127.0.0.1, for clients outside the process (node, Chromium).</summary>
public sealed class KestrelApp : IDisposable
{
    public KestrelApp(ApiFactory factory)
    {
        Factory = factory;
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    public ApiFactory Factory { get; }

    public Uri BaseAddress { get; }

    public string GraphQLEndpoint => new Uri(BaseAddress, "/graphql").ToString();

    public void Dispose() => Factory.Dispose();
}
