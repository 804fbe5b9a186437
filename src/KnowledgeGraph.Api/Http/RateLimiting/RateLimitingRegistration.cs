using KnowledgeGraph.Configuration;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.RateLimiting;

public static class RateLimitingRegistration
{
    /// <summary>
    /// The per-client rate limiter (<c>GraphQL:RateLimit</c>, see <see cref="RateLimitSettings"/>) as the global
    /// limiter of <see cref="RateLimiterOptions"/>, where the WebSocket transport also takes a permit per operation.
    /// </summary>
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddSettings<RateLimitSettings>(RateLimitSettings.Section);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>, ClientKeys>((options, rateLimit, clientKeys) =>
        {
            var settings = rateLimit.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = RateLimitPartitions.Create(settings, clientKeys);
            options.OnRejected = (rejected, _) => RateLimitRejection.WriteAsync(rejected, settings, clientKeys);
        });
        return services;
    }

    /// <summary>
    /// Every request takes a permit before anything else answers it: <c>/graphql</c>, exports, health and paths no
    /// endpoint knows. Goes after <see cref="Proxies.ForwardedHeadersRegistration.UseTrustedForwardedHeaders"/>, so a
    /// client behind a trusted proxy is counted as itself.
    /// </summary>
    public static IApplicationBuilder UseClientRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();
}
