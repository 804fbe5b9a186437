using KnowledgeGraph.Api.Http.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>Refuses documents longer than <c>GraphQL:Limits:MaxDocumentLength</c> or with more than <c>GraphQL:Limits:MaxTokens</c> tokens, before parsing.</summary>
public sealed class DocumentLimitMiddleware(RequestDelegate next, GraphQLResponseWriter writer, IOptions<GraphQLLimitSettings> limits)
{
    public Task InvokeAsync(HttpContext context) =>
        DocumentSizeLimits.Refusal(GraphQLHttpFeature.Of(context).Request!.Query!, limits.Value) is { } refusal
            ? Refuse(context, refusal)
            : next(context);

    private Task Refuse(HttpContext context, string message) =>
        writer.WriteErrorAsync(context, GraphQLResponseWriter.RequestErrorStatus(context), EdgeErrorCodes.LimitExceeded, message);
}
