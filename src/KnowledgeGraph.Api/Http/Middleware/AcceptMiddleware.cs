using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>
/// Chooses the response media type from <c>Accept</c>: <c>application/graphql-response+json</c> or
/// <c>application/json</c>, by quality then order; no header means <c>application/json</c>; nothing acceptable → 406.
/// </summary>
public sealed class AcceptMiddleware(RequestDelegate next, GraphQLResponseWriter writer)
{
    public Task InvokeAsync(HttpContext context)
    {
        var feature = GraphQLHttpFeature.Of(context);
        var chosen = Negotiate(context.Request.Headers.Accept.ToString());
        if (chosen is null)
        {
            feature.ResponseMediaType = MediaTypes.Json;
            return writer.WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, EdgeErrorCodes.NotAcceptable,
                $"The Accept header allows none of {MediaTypes.GraphQLResponse}, {MediaTypes.Json}.");
        }

        feature.ResponseMediaType = chosen;
        return next(context);
    }

    internal static string? Negotiate(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return MediaTypes.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList([accept], out var values))
        {
            return null;
        }

        foreach (var value in values.Select((v, i) => (v, i)).OrderByDescending(x => x.v.Quality ?? 1).ThenBy(x => x.i).Select(x => x.v))
        {
            if (value.Quality is 0)
            {
                continue;
            }

            var mediaType = value.MediaType.Value ?? string.Empty;
            if (mediaType.Equals(MediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypes.GraphQLResponse;
            }

            if (mediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || mediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                return MediaTypes.Json;
            }
        }

        return null;
    }
}
