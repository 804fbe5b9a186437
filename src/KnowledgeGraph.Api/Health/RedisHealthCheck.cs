using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace KnowledgeGraph.Api.Health;

/// <summary>Ready when Redis (<c>ConnectionStrings:Redis</c>, shared with the graph cache) answers a PING.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:0.#} ms.");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis unreachable.", exception);
        }
    }
}
