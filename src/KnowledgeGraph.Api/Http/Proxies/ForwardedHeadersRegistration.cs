using KnowledgeGraph.Configuration;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Proxies;

public static class ForwardedHeadersRegistration
{
    /// <summary>
    /// Client address and scheme from <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>, believed only from the
    /// proxies of <see cref="ForwardedHeadersSettings"/>.
    /// </summary>
    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services)
    {
        services.AddSettings<ForwardedHeadersSettings>(ForwardedHeadersSettings.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, trusted) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; here only what is configured is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in trusted.Value.Proxies())
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in trusted.Value.Networks())
            {
                options.KnownIPNetworks.Add(network);
            }

            // No fixed hop count: the middleware walks X-Forwarded-For from the right while the hop that sent each
            // entry is a trusted proxy, and stops at the first address that is not; entries a client wrote itself
            // lie to the left of that and are never read.
            options.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>
    /// Must come first, before anything that reads the client's address (<see cref="ClientKey"/>). With no proxy
    /// configured the middleware is left out entirely: given empty trust lists it would believe every sender.
    /// </summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value;
        return settings.TrustsAnyProxy ? app.UseForwardedHeaders() : app;
    }
}
