using KnowledgeGraph.Api.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Health;

/// <summary>
/// Ready once the adjacency index started by <see cref="TraversalIndexWarmUp"/> is built, so that a load balancer
/// sends no traversal to an instance that would make it wait for the build. Ready at once when no build was started.
/// </summary>
public sealed class TraversalIndexHealthCheck(TraversalIndexWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.Build switch
        {
            null => HealthCheckResult.Healthy("No adjacency index is built at start."),
            { IsCompletedSuccessfully: true } => HealthCheckResult.Healthy("Adjacency index built."),
            { IsFaulted: true } build => HealthCheckResult.Unhealthy("Adjacency index build failed.", build.Exception),
            _ => HealthCheckResult.Unhealthy("Adjacency index is being built."),
        });
}
