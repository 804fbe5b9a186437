using KnowledgeGraph.Api.Http.RateLimiting;
using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Section <c>GraphQL:RateLimit</c>: fixed windows per client (<see cref="ClientKey"/>) over every request the service
/// answers, one bucket per <see cref="RateLimitPolicy"/>. A client over a limit gets 429 with <c>Retry-After</c>.
/// </summary>
public sealed class RateLimitSettings : ISettings
{
    public const string Section = "GraphQL:RateLimit";

    /// <summary><c>GraphQL:RateLimit:Enabled</c> (default true); false lets every request through.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// <c>GraphQL:RateLimit:PermitLimit</c>: requests per window per client to <c>/graphql</c> (HTTP, IDE assets,
    /// WebSocket upgrades and socket operations) and to unknown paths (default 600).
    /// </summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>
    /// <c>GraphQL:RateLimit:ExportPermitLimit</c>: downloads from <c>/export/*</c> per window per client (default 60).
    /// An export reads records and their sources and serialises them whole, so it has its own, smaller bucket.
    /// </summary>
    public int ExportPermitLimit { get; set; } = 60;

    /// <summary>
    /// <c>GraphQL:RateLimit:HealthPermitLimit</c>: <c>/healthz</c> and <c>/readyz</c> requests per window per client
    /// (default 120). Their own bucket: API traffic cannot starve a load balancer's probes, and cannot use
    /// <c>/readyz</c>, which asks the store, as a way around the API limit.
    /// </summary>
    public int HealthPermitLimit { get; set; } = 120;

    /// <summary><c>GraphQL:RateLimit:WindowSeconds</c>: length of the window, shared by every bucket (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    /// <summary>The permit limit of a policy's bucket.</summary>
    public int PermitLimitOf(RateLimitPolicy policy) => policy switch
    {
        RateLimitPolicy.Export => ExportPermitLimit,
        RateLimitPolicy.Health => HealthPermitLimit,
        _ => PermitLimit,
    };

    /// <summary>The configuration key of a policy's permit limit, for messages that tell a client what it ran into.</summary>
    public static string PermitLimitKey(RateLimitPolicy policy) => policy switch
    {
        RateLimitPolicy.Export => $"{Section}:{nameof(ExportPermitLimit)}",
        RateLimitPolicy.Health => $"{Section}:{nameof(HealthPermitLimit)}",
        _ => $"{Section}:{nameof(PermitLimit)}",
    };

    public IEnumerable<string> Validate(string section)
    {
        if (PermitLimit < 1) yield return $"{section}:PermitLimit must be at least 1 (was {PermitLimit}).";
        if (ExportPermitLimit < 1) yield return $"{section}:ExportPermitLimit must be at least 1 (was {ExportPermitLimit}).";
        if (HealthPermitLimit < 1) yield return $"{section}:HealthPermitLimit must be at least 1 (was {HealthPermitLimit}).";
        if (WindowSeconds < 1) yield return $"{section}:WindowSeconds must be at least 1 (was {WindowSeconds}).";
    }
}
