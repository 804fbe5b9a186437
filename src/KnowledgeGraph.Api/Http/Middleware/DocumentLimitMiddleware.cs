using KnowledgeGraph.Api.Http.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>Refuses documents longer than <c>GraphQL:Limits:MaxDocumentLength</c> or with more than <c>GraphQL:Limits:MaxTokens</c> tokens, before parsing.</summary>
public sealed class DocumentLimitMiddleware(RequestDelegate next, GraphQLResponseWriter writer, IOptions<GraphQLLimitSettings> limits)
{
    public Task InvokeAsync(HttpContext context)
    {
        var query = GraphQLHttpFeature.Of(context).Request!.Query!;
        var settings = limits.Value;
        if (query.Length > settings.MaxDocumentLength)
        {
            return Refuse(context, $"The document has {query.Length} characters; {GraphQLLimitSettings.Section}:MaxDocumentLength allows {settings.MaxDocumentLength}.");
        }

        var tokens = DocumentSizeLimits.CountTokens(query, settings.MaxTokens);
        if (tokens > settings.MaxTokens)
        {
            return Refuse(context, $"The document has more than {settings.MaxTokens} tokens; {GraphQLLimitSettings.Section}:MaxTokens allows {settings.MaxTokens}.");
        }

        return next(context);
    }

    private Task Refuse(HttpContext context, string message) =>
        writer.WriteErrorAsync(context, GraphQLResponseWriter.RequestErrorStatus(context), EdgeErrorCodes.LimitExceeded, message);
}
