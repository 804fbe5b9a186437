using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.RateLimiting;

/// <summary>
/// The 429 answer of a refused request, with <c>Retry-After</c> and the configuration key of the limit it ran into:
/// a GraphQL error on <c>/graphql</c> (so GraphQL clients read it as any other error), a JSON problem (RFC 9457)
/// everywhere else, as the export endpoints answer their other errors; both carry the code <c>RATE_LIMITED</c>.
/// </summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, RateLimitSettings settings, ClientKeys clientKeys)
    {
        var context = rejected.HttpContext;
        var policy = RateLimitPartitions.PolicyOf(context);
        var client = clientKeys.Of(context);
        RateLimitLog.Refused(context.RequestServices.GetRequiredService<ILogger<RateLimitSettings>>(), client, policy);

        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.Window;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var message = $"Too many requests: {RateLimitSettings.PermitLimitKey(policy)} allows {settings.PermitLimitOf(policy)} "
            + $"per {settings.WindowSeconds} s per client.";

        if (context.Request.PathBase.Add(context.Request.Path).StartsWithSegments(GraphQLTransportRegistration.EndpointPath))
        {
            await ApplyCorsAsync(context);
            await context.RequestServices.GetRequiredService<GraphQLResponseWriter>()
                .WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, EdgeErrorCodes.RateLimited, message);
            return;
        }

        await Results.Problem(
            detail: message,
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            extensions: new Dictionary<string, object?> { ["code"] = EdgeErrorCodes.RateLimited, ["limit"] = RateLimitSettings.PermitLimitKey(policy) })
            .ExecuteAsync(context);
    }

    /// <summary>
    /// The limiter runs before the <c>/graphql</c> branch and its CORS middleware; without the policy's headers a
    /// browser would hide the 429 from the page behind a generic CORS failure.
    /// </summary>
    private static async Task ApplyCorsAsync(HttpContext context)
    {
        var services = context.RequestServices;
        if (services.GetRequiredService<IOptions<CorsSettings>>().Value.AllowedOrigins.Length == 0
            || !context.Request.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.Origin))
        {
            return;
        }

        var policy = await services.GetRequiredService<ICorsPolicyProvider>().GetPolicyAsync(context, GraphQLTransportRegistration.CorsPolicy);
        if (policy is not null)
        {
            var cors = services.GetRequiredService<ICorsService>();
            cors.ApplyResult(cors.EvaluatePolicy(context, policy), context.Response);
        }
    }
}
