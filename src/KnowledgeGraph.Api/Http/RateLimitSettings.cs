using KnowledgeGraph.Api.Configuration;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Section <c>GraphQL:RateLimit</c>: a fixed window per client (remote IP address) on <c>/graphql</c>;
/// a client over the limit gets 429 with a GraphQL error body.
/// </summary>
public sealed class RateLimitSettings : ISettings
{
    public const string Section = "GraphQL:RateLimit";

    /// <summary><c>GraphQL:RateLimit:Enabled</c> (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>GraphQL:RateLimit:PermitLimit</c>: requests per window per client (default 600).</summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary><c>GraphQL:RateLimit:WindowSeconds</c>: length of the window (default 60).</summary>
    public int WindowSeconds { get; set; } = 60;

    public IEnumerable<string> Validate(string section)
    {
        if (PermitLimit < 1) yield return $"{section}:PermitLimit must be at least 1 (was {PermitLimit}).";
        if (WindowSeconds < 1) yield return $"{section}:WindowSeconds must be at least 1 (was {WindowSeconds}).";
    }
}
