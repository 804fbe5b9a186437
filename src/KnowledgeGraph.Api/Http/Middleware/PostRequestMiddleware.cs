using System.Buffers;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>
/// Reads a POST: <c>Content-Type: application/json</c> (UTF-8, assumed when no charset is given) else 415;
/// a body within <c>GraphQL:Limits:MaxRequestBodyBytes</c> else 413; a well-formed parameter map else 400.
/// </summary>
public sealed class PostRequestMiddleware(
    RequestDelegate next,
    GraphQLRequestReader reader,
    GraphQLResponseWriter writer,
    IOptions<GraphQLLimitSettings> limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }

        var unsupported = CheckContentType(context.Request.ContentType);
        if (unsupported is not null)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, EdgeErrorCodes.UnsupportedMediaType, unsupported);
            return;
        }

        var maxBytes = limits.Value.MaxRequestBodyBytes;
        var body = await ReadBoundedAsync(context, maxBytes);
        if (body is null)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status413PayloadTooLarge, EdgeErrorCodes.PayloadTooLarge,
                $"The request body exceeds {GraphQLLimitSettings.Section}:MaxRequestBodyBytes ({maxBytes} bytes).");
            return;
        }

        var error = reader.TryReadBody(body.Value, out var request);
        if (error is not null)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, EdgeErrorCodes.BadRequest, error);
            return;
        }

        GraphQLHttpFeature.Of(context).Request = request;
        await next(context);
    }

    internal static string? CheckContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return $"A POST to the GraphQL endpoint needs 'Content-Type: {MediaTypes.Json}'.";
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !string.Equals(parsed.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return $"Content-Type '{contentType}' is not supported; use '{MediaTypes.Json}'.";
        }

        var charset = parsed.Charset.Value;
        if (!string.IsNullOrEmpty(charset)
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return $"Charset '{charset}' is not supported; send the body as utf-8.";
        }

        return null;
    }

    private static async Task<ReadOnlyMemory<byte>?> ReadBoundedAsync(HttpContext context, long maxBytes)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            return null;
        }

        var sizeFeature = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxBytes + 1;
        }

        var buffer = new ArrayBufferWriter<byte>();
        var stream = context.Request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await stream.ReadAsync(memory, context.RequestAborted);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }
}
