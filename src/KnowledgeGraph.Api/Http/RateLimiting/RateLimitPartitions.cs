using System.Threading.RateLimiting;
using KnowledgeGraph.Api.Export;
using KnowledgeGraph.Api.Health;

namespace KnowledgeGraph.Api.Http.RateLimiting;

/// <summary>
/// Which bucket a request takes its permit from: one fixed window per client and <see cref="RateLimitPolicy"/>. The
/// policy is read from the path, not from the matched endpoint, so that requests no endpoint answers (404s, the
/// <c>/graphql</c> branch) are counted too.
/// </summary>
internal static class RateLimitPartitions
{
    public static PartitionedRateLimiter<HttpContext> Create(RateLimitSettings settings, ClientKeys clientKeys) =>
        PartitionedRateLimiter.Create<HttpContext, (RateLimitPolicy Policy, string Client)>(context =>
        {
            if (!settings.Enabled)
            {
                return RateLimitPartition.GetNoLimiter((RateLimitPolicy.Api, string.Empty));
            }

            var policy = PolicyOf(context);
            return RateLimitPartition.GetFixedWindowLimiter((policy, clientKeys.Of(context)), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = settings.PermitLimitOf(policy),
                Window = settings.Window,
                QueueLimit = 0,
            });
        });

    public static RateLimitPolicy PolicyOf(HttpContext context)
    {
        // Inside a mapped branch (the WebSocket code acquires with the upgrade request) the branch's prefix has moved
        // from Path to PathBase; the whole path decides.
        var path = context.Request.PathBase.Add(context.Request.Path);
        if (path.StartsWithSegments(ExportEndpoints.Prefix))
        {
            return RateLimitPolicy.Export;
        }

        return path.StartsWithSegments(HealthRegistration.LivePath) || path.StartsWithSegments(HealthRegistration.ReadyPath)
            ? RateLimitPolicy.Health
            : RateLimitPolicy.Api;
    }
}
