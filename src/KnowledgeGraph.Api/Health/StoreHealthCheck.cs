using KnowledgeGraph.Domain.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Health;

/// <summary>Ready when the graph store answers <see cref="IGraphStore.GetGraphVersionAsync"/>.</summary>
public sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await store.GetGraphVersionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Graph store reachable at version {version}.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Graph store unreachable.", exception);
        }
    }
}
