namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>GraphQL over HTTP knows GET and POST only; anything else gets 405 with <c>Allow: GET, POST</c>.</summary>
public sealed class MethodMiddleware(RequestDelegate next, GraphQLResponseWriter writer)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsPost(context.Request.Method))
        {
            return next(context);
        }

        context.Response.Headers.Allow = "GET, POST";
        return writer.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, EdgeErrorCodes.MethodNotAllowed,
            $"HTTP method {context.Request.Method} is not supported by the GraphQL endpoint; use GET or POST.");
    }
}
