using KnowledgeGraph.Api.Configuration;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Section <c>GraphQL:PersistedQueries</c>: automatic persisted queries (<c>extensions.persistedQuery.sha256Hash</c>),
/// kept in HybridCache (in process, plus Redis when the graph cache uses it).
/// </summary>
public sealed class PersistedQuerySettings : ISettings
{
    public const string Section = "GraphQL:PersistedQueries";

    /// <summary><c>GraphQL:PersistedQueries:Enabled</c> (default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>GraphQL:PersistedQueries:ExpirationMinutes</c>: how long a registered document is kept (default 1440).</summary>
    public int ExpirationMinutes { get; set; } = 1440;

    /// <summary><c>GraphQL:PersistedQueries:GetCacheControl</c>: Cache-Control of successful GET reads, which also carry an ETag (default <c>no-cache</c>: revalidate every time).</summary>
    public string GetCacheControl { get; set; } = "no-cache";

    public IEnumerable<string> Validate(string section)
    {
        if (ExpirationMinutes < 1) yield return $"{section}:ExpirationMinutes must be at least 1 (was {ExpirationMinutes}).";
        if (string.IsNullOrWhiteSpace(GetCacheControl)) yield return $"{section}:GetCacheControl must not be empty.";
    }
}
