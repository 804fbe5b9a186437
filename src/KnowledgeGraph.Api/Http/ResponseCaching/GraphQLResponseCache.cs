using System.Security.Cryptography;
using System.Text;
using GraphQL;
using KnowledgeGraph.Caching;
using KnowledgeGraph.Caching.Versioning;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.ResponseCaching;

/// <summary>
/// Whole responses of successful read queries, kept in the graph cache under a key that holds the graph version the
/// version tracker vouches for. A write on any instance raises that version, so an answer cached before it is never
/// served again; while the tracker cannot vouch (Redis down, not yet synchronised) nothing is cached or served from here.
/// Repeated queries then skip execution and serialisation, which is most of their cost.
/// </summary>
public sealed class GraphQLResponseCache(
    IServiceProvider services, IGraphQLTextSerializer serializer, IOptions<GraphCachingOptions> options)
{
    private readonly IGraphVersionTracker? _tracker = services.GetService<IGraphVersionTracker>();
    private readonly HybridCache? _cache = services.GetService<HybridCache>();

    /// <summary>The key for this request, or null when responses must not be cached now.</summary>
    public async ValueTask<string?> KeyAsync(GraphQLHttpRequest request, string mediaType, CancellationToken cancellationToken)
    {
        if (_tracker is null || _cache is null || !options.Value.Enabled)
        {
            return null;
        }

        var version = await _tracker.GetCacheVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return null;
        }

        var identity = string.Join(
            '\0',
            request.Query,
            request.OperationName ?? string.Empty,
            request.Variables is null ? string.Empty : serializer.Serialize(request.Variables),
            mediaType);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        return $"{options.Value.KeyPrefix}v1:{version}:response:{hash}";
    }

    /// <summary>
    /// The cached body for <paramref name="key"/>, or the one <paramref name="execute"/> produces. A result that is not
    /// cacheable (errors, not executed) is handed back in <see cref="UncacheableResponseException"/> and not stored.
    /// </summary>
    public ValueTask<byte[]> GetOrExecuteAsync(string key, Func<CancellationToken, ValueTask<byte[]>> execute, CancellationToken cancellationToken) =>
        _cache!.GetOrCreateAsync(key, execute, cancellationToken: cancellationToken);
}
