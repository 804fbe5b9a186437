using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.Api.Explorer;
using KnowledgeGraph.Api.Export;
using KnowledgeGraph.Api.Health;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Proxies;
using KnowledgeGraph.Api.Http.RateLimiting;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Seeding;
using KnowledgeGraph.Api.Storage;
using KnowledgeGraph.GraphQL;

namespace KnowledgeGraph.Api;

public static class ApplicationServiceExtensions
{
    /// <summary>Where the service listens unless <c>--urls</c>, <c>ASPNETCORE_URLS</c> or <c>Urls</c> say otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Everything the service needs: store (+cache), schema, transport (with the rate limiter), trusted proxies,
    /// authentication, seeding, health, telemetry.
    /// </summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]))
        {
            configuration[WebHostDefaults.ServerUrlsKey] = DefaultUrl;
        }

        services.AddGraphStorage(configuration);
        services.AddStoreStartup();
        services.AddKnowledgeGraphSchema();
        services.AddGraphQLTransport(configuration, builder.Environment);
        services.AddExplorer();
        services.AddTrustedForwardedHeaders();
        services.AddKnowledgeGraphAuthentication();
        services.AddKnowledgeGraphHealthChecks(configuration);
        services.AddKnowledgeGraphTelemetry(configuration);
        return builder;
    }

    /// <summary>
    /// Maps <c>/graphql</c> (API and IDE), the <c>/export</c> downloads, the <c>/explore</c> page, <c>/healthz</c> and <c>/readyz</c>, behind the
    /// edge that every request passes first: the client's address from a trusted proxy, then the client's rate-limit
    /// permit.
    /// </summary>
    public static WebApplication MapKnowledgeGraph(this WebApplication app)
    {
        app.UseTrustedForwardedHeaders();
        app.UseClientRateLimiting();
        // Named here so that they run after the edge: left out, the host would put routing and authentication (which
        // reads credentials on every request) in front of everything above.
        app.UseRouting();
        app.UseAuthentication();
        app.MapGraphQLTransport();
        app.MapGraphExport();
        app.MapExplorer();
        app.MapKnowledgeGraphHealthChecks();
        return app;
    }
}
