using KnowledgeGraph.Api.Http.Caching;
using KnowledgeGraph.Configuration;

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

    /// <summary><c>GraphQL:PersistedQueries:MaxEntries</c>: documents this instance keeps registered (default 10,000); past it the least recently used go.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary><c>GraphQL:PersistedQueries:MaxBytes</c>: their total size, counted as UTF-16 text (default 32 MiB).</summary>
    public long MaxBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary><c>GraphQL:PersistedQueries:MaxClientShare</c>: the part of entries and bytes one client may hold (default 0.1); past it that client's own oldest documents go.</summary>
    public double MaxClientShare { get; set; } = 0.1;

    public IEnumerable<string> Validate(string section)
    {
        foreach (var problem in CacheBounds.Validate(section, MaxEntries, MaxBytes, MaxClientShare))
        {
            yield return problem;
        }

        if (ExpirationMinutes < 1) yield return $"{section}:ExpirationMinutes must be at least 1 (was {ExpirationMinutes}).";
        if (string.IsNullOrWhiteSpace(GetCacheControl)) yield return $"{section}:GetCacheControl must not be empty.";
    }
}
