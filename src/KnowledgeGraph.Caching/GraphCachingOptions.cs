using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Caching;

/// <summary>
/// Settings of the traversal cache, bound from the <c>Caching</c> section. Redis is used as the second level when
/// <c>ConnectionStrings:Redis</c> is set; otherwise the cache is in process only.
/// </summary>
public sealed class GraphCachingOptions : ISettings
{
    public const string SectionName = "Caching";

    /// <summary>False registers nothing: the store and traversal answer uncached.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an entry lives in the distributed (Redis) cache.</summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an entry lives in each instance's in-process cache.</summary>
    public TimeSpan LocalExpiration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Prefix of every cache key and of the Redis channel, so that several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "kg:";

    /// <summary>How long a reconnecting instance waits for its own probe message before it trusts its subscription.</summary>
    public TimeSpan SubscriptionProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Without Redis, how often at most a read re-reads the store's graph version to notice writes made by another
    /// process on the same store (a command-line <c>import</c>); with Redis, writers announce their versions instead.
    /// </summary>
    public TimeSpan ExternalWriteCheckInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public IEnumerable<string> Validate(string section)
    {
        if (Expiration <= TimeSpan.Zero)
        {
            yield return $"{section}:{nameof(Expiration)} must be positive; it is {Expiration}.";
        }

        if (LocalExpiration <= TimeSpan.Zero || LocalExpiration > Expiration)
        {
            yield return $"{section}:{nameof(LocalExpiration)} must be positive and at most {section}:{nameof(Expiration)} ({Expiration}); it is {LocalExpiration}.";
        }

        if (string.IsNullOrWhiteSpace(KeyPrefix) || KeyPrefix.Length > 64)
        {
            yield return $"{section}:{nameof(KeyPrefix)} must be 1 to 64 characters.";
        }

        if (SubscriptionProbeTimeout <= TimeSpan.Zero)
        {
            yield return $"{section}:{nameof(SubscriptionProbeTimeout)} must be positive.";
        }

        if (ExternalWriteCheckInterval <= TimeSpan.Zero)
        {
            yield return $"{section}:{nameof(ExternalWriteCheckInterval)} must be positive; it is {ExternalWriteCheckInterval}.";
        }
    }
}
