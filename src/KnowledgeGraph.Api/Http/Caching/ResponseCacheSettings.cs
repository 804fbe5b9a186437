using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Http.Caching;

/// <summary>
/// Section <c>GraphQL:ResponseCache</c>: how much of the whole-response cache (successful reads, keyed on the graph
/// version and the normalised document) one instance may fill, and how much of it one client may.
/// </summary>
public sealed class ResponseCacheSettings : ISettings
{
    public const string Section = "GraphQL:ResponseCache";

    /// <summary><c>GraphQL:ResponseCache:MaxEntries</c> (default 10,000); past it the least recently used answers go.</summary>
    public int MaxEntries { get; set; } = 10_000;

    /// <summary><c>GraphQL:ResponseCache:MaxBytes</c>: total size of the cached bodies (default 64 MiB).</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary><c>GraphQL:ResponseCache:MaxClientShare</c>: the part one client's requests may fill (default 0.1).</summary>
    public double MaxClientShare { get; set; } = 0.1;

    public IEnumerable<string> Validate(string section) => CacheBounds.Validate(section, MaxEntries, MaxBytes, MaxClientShare);
}
