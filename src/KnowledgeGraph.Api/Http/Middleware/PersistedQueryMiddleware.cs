using System.Security.Cryptography;
using System.Text;
using GraphQLParser.AST;
using KnowledgeGraph.GraphQL.Authorization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>
/// Automatic persisted queries: a request whose <c>extensions.persistedQuery</c> names a SHA-256 hash either registers
/// its document (query given and matching the hash) or is completed from the store (query omitted); an unknown hash
/// answers PERSISTED_QUERY_NOT_FOUND so that the client resends the document. Documents are registered only for
/// callers allowed to read.
/// </summary>
public sealed class PersistedQueryMiddleware(
    RequestDelegate next,
    HybridCache cache,
    GraphQLResponseWriter writer,
    OperationAccessPolicy access,
    IOptions<PersistedQuerySettings> settings)
{
    private const string KeyPrefix = "kg:apq:";
    private static readonly HybridCacheEntryOptions ReadOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var feature = GraphQLHttpFeature.Of(context);
        var request = feature.Request!;
        if (!settings.Value.Enabled || request.Extensions is null
            || !request.Extensions.TryGetValue("persistedQuery", out var value) || value is not IDictionary<string, object?> persisted)
        {
            await next(context);
            return;
        }

        if (!persisted.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash || hash.Length != 64
            || (persisted.TryGetValue("version", out var version) && Convert.ToInt32(version, System.Globalization.CultureInfo.InvariantCulture) != 1))
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, EdgeErrorCodes.BadRequest,
                "extensions.persistedQuery must be { version: 1, sha256Hash: <64 hex digits> }.");
            return;
        }

        hash = hash.ToLowerInvariant();
        if (!string.IsNullOrEmpty(request.Query))
        {
            if (Sha256(request.Query) != hash)
            {
                await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, EdgeErrorCodes.BadRequest,
                    "extensions.persistedQuery.sha256Hash does not match the SHA-256 of the query.");
                return;
            }

            // Only a caller who may read registers documents: with private reads an anonymous caller would otherwise
            // fill the shared store although every request of theirs is refused.
            if (access.Check(OperationType.Query, context.User) is null)
            {
                await cache.SetAsync(KeyPrefix + hash, request.Query,
                    new HybridCacheEntryOptions { Expiration = TimeSpan.FromMinutes(settings.Value.ExpirationMinutes) },
                    cancellationToken: context.RequestAborted);
            }

            await next(context);
            return;
        }

        var stored = await cache.GetOrCreateAsync<string?>(KeyPrefix + hash, _ => ValueTask.FromResult<string?>(null), ReadOnly,
            cancellationToken: context.RequestAborted);
        if (stored is null)
        {
            await writer.WriteErrorAsync(context, GraphQLResponseWriter.RequestErrorStatus(context), EdgeErrorCodes.PersistedQueryNotFound,
                "PersistedQueryNotFound");
            return;
        }

        feature.Request = request with { Query = stored };
        await next(context);
    }

    public static string Sha256(string query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
