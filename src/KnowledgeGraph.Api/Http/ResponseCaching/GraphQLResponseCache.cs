using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using KnowledgeGraph.Api.Http.Caching;
using KnowledgeGraph.Api.Http.Pipeline;
using KnowledgeGraph.Caching;
using KnowledgeGraph.Caching.Versioning;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.ResponseCaching;

/// <summary>
/// Whole responses of successful read queries, kept in the graph cache under a key that holds the graph version the
/// version tracker vouches for and the document's fingerprint (comments and white space do not make a new entry).
/// A write on any instance raises that version, so an answer cached before it is never served again; while the
/// tracker cannot vouch (Redis down, not yet synchronised) nothing is cached or served from here. Repeated queries
/// then skip execution and serialisation, which is most of their cost.
/// <para>
/// Identical requests arriving together share one execution. That execution belongs to none of them: it runs in its
/// own service scope under its own timeout, and stops only when every waiting request has gone, so a caller that
/// disconnects never fails the others. What this instance caches stays within <c>GraphQL:ResponseCache</c>.
/// </para>
/// </summary>
public sealed class GraphQLResponseCache
{
    private readonly IGraphVersionTracker? tracker;
    private readonly HybridCache? cache;
    private readonly IServiceScopeFactory scopes;
    private readonly IDocumentExecuter executer;
    private readonly GraphQLExecutionOptions executionOptions;
    private readonly GraphQLResponseWriter writer;
    private readonly IGraphQLTextSerializer serializer;
    private readonly GraphCachingOptions options;
    private readonly GraphQLLimitSettings limits;
    private readonly CacheBudget budget;

    public GraphQLResponseCache(
        IServiceProvider services, IServiceScopeFactory scopes, IDocumentExecuter executer, GraphQLExecutionOptions executionOptions,
        GraphQLResponseWriter writer, IGraphQLTextSerializer serializer, IOptions<GraphCachingOptions> options,
        IOptions<GraphQLLimitSettings> limits, IOptions<ResponseCacheSettings> bounds)
    {
        tracker = services.GetService<IGraphVersionTracker>();
        cache = services.GetService<HybridCache>();
        this.scopes = scopes;
        this.executer = executer;
        this.executionOptions = executionOptions;
        this.writer = writer;
        this.serializer = serializer;
        this.options = options.Value;
        this.limits = limits.Value;
        budget = new CacheBudget(bounds.Value.MaxEntries, bounds.Value.MaxBytes, bounds.Value.MaxClientShare);
    }

    /// <summary>Answers this instance keeps account of, and their size in bytes.</summary>
    public (int Entries, long Bytes) Usage => (budget.Count, budget.Bytes);

    /// <summary>The key for this request, or null when responses must not be cached now.</summary>
    public async ValueTask<string?> KeyAsync(PreparedRequest prepared, string mediaType, CancellationToken cancellationToken)
    {
        if (tracker is null || cache is null || !options.Enabled)
        {
            return null;
        }

        var version = await tracker.GetCacheVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return null;
        }

        var request = prepared.Request;
        var identity = string.Join(
            '\0',
            prepared.Fingerprint,
            request.OperationName ?? string.Empty,
            request.Variables is null ? string.Empty : serializer.Serialize(request.Variables),
            mediaType);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        return $"{options.KeyPrefix}v1:{version}:response:{hash}";
    }

    /// <summary>
    /// The cached body for <paramref name="key"/>, or the one a shared execution of <paramref name="prepared"/>
    /// produces; a result that is not cacheable (errors, not executed) is handed back instead of a body and not stored.
    /// <see cref="ResponseFillTimeoutException"/> when the shared execution ran out of time.
    /// </summary>
    public async ValueTask<(byte[]? Body, ExecutionResult? Result)> GetOrExecuteAsync(
        string key, PreparedRequest prepared, ClaimsPrincipal user, string client, CancellationToken cancellationToken)
    {
        byte[] body;
        try
        {
            body = await cache!.GetOrCreateAsync(key, (Cache: this, Prepared: prepared, User: user),
                static (state, shared) => state.Cache.FillAsync(state.Prepared, state.User, shared), cancellationToken: cancellationToken);
        }
        catch (UncacheableResponseException uncacheable)
        {
            return (null, uncacheable.Result);
        }

        foreach (var evicted in budget.Admit(key, client, body.Length))
        {
            await cache.RemoveAsync(evicted, CancellationToken.None);
        }

        return (body, null);
    }

    private async ValueTask<byte[]> FillAsync(PreparedRequest prepared, ClaimsPrincipal user, CancellationToken shared)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(shared);
        deadline.CancelAfter(limits.ExecutionTimeout);
        ExecutionResult executed;
        try
        {
            executed = await executer.ExecuteAsync(executionOptions.For(prepared, scope.ServiceProvider, user, deadline.Token));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !shared.IsCancellationRequested)
        {
            throw new ResponseFillTimeoutException();
        }

        return executed.Executed && (executed.Errors?.Count ?? 0) == 0
            ? writer.Serialize(executed)
            : throw new UncacheableResponseException(executed);
    }
}
