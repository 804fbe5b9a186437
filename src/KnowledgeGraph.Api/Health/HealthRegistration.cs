using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Health;

public static class HealthRegistration
{
    public const string LivePath = "/healthz";
    public const string ReadyPath = "/readyz";
    private const string Ready = "ready";

    /// <summary>
    /// <c>/healthz</c> checks nothing but the process; <c>/readyz</c> checks the store, the adjacency index built at
    /// start (see <see cref="Storage.TraversalIndexWarmUp"/>), and Redis when configured.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("graph-store", tags: [Ready])
            .AddCheck<TraversalIndexHealthCheck>("traversal-index", tags: [Ready]);
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis")))
        {
            services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(
                KnowledgeGraph.Caching.ServiceCollectionExtensions.RedisOptions(configuration.GetConnectionString("Redis")!)));
            checks.AddCheck<RedisHealthCheck>("redis", tags: [Ready]);
        }

        return services;
    }

    public static IEndpointRouteBuilder MapKnowledgeGraphHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
