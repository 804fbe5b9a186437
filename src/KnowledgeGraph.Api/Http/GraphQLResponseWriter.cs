using System.Security.Cryptography;
using System.Text;
using GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>Writes GraphQL results (execution results and transport errors alike) in the negotiated media type.</summary>
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public async Task WriteAsync(HttpContext context, ExecutionResult result, int statusCode)
    {
        var feature = GraphQLHttpFeature.Of(context);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = $"{feature.ResponseMediaType}; charset=utf-8";
        var json = serializer.Serialize(result);
        await context.Response.WriteAsync(json, Encoding.UTF8, context.RequestAborted);
    }

    /// <summary>
    /// Writes a successful GET read with an ETag (hash of the body) and the configured Cache-Control;
    /// answers 304 without a body when <c>If-None-Match</c> already names that ETag.
    /// </summary>
    public Task WriteCacheableAsync(HttpContext context, ExecutionResult result, string cacheControl) =>
        WriteCacheableAsync(context, Serialize(result), cacheControl);

    /// <summary>Answers a successful GET read with an ETag of its body, or 304 when the client has it.</summary>
    public async Task WriteCacheableAsync(HttpContext context, byte[] bytes, string cacheControl)
    {
        var feature = GraphQLHttpFeature.Of(context);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = cacheControl;
        context.Response.Headers.Vary = "Accept";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = $"{feature.ResponseMediaType}; charset=utf-8";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>Answers with an already serialised body.</summary>
    public async Task WriteAsync(HttpContext context, byte[] bytes, int statusCode)
    {
        var feature = GraphQLHttpFeature.Of(context);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = $"{feature.ResponseMediaType}; charset=utf-8";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public byte[] Serialize(ExecutionResult result) => Encoding.UTF8.GetBytes(serializer.Serialize(result));

    /// <summary>Answers with a result holding one error and no <c>data</c> entry.</summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, string code, string message) =>
        WriteAsync(context, ErrorResult(code, message), statusCode);

    /// <summary>
    /// Answers a request that ran out of time: 503 under <c>application/graphql-response+json</c> (the server could not
    /// answer in time), 200 with the error under <c>application/json</c>.
    /// </summary>
    public Task WriteTimeoutAsync(HttpContext context, GraphQLLimitSettings limits) =>
        WriteErrorAsync(context,
            GraphQLHttpFeature.Of(context).UsesGraphQLResponseMediaType ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK,
            EdgeErrorCodes.Timeout, limits.TimeoutMessage);

    public static ExecutionResult ErrorResult(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    /// <summary>
    /// The status for a request the server refused to execute (parse, validation, variable coercion, limit):
    /// 400 under <c>application/graphql-response+json</c>, 200 under <c>application/json</c> (GraphQL over HTTP).
    /// </summary>
    public static int RequestErrorStatus(HttpContext context) =>
        GraphQLHttpFeature.Of(context).UsesGraphQLResponseMediaType ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
}
