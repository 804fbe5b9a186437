namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>Reads a GET: parameters from the query string (<c>variables</c>/<c>extensions</c> as URL-encoded JSON).</summary>
public sealed class GetRequestMiddleware(RequestDelegate next, GraphQLRequestReader reader, GraphQLResponseWriter writer)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await next(context);
            return;
        }

        var error = reader.TryReadQueryString(context.Request.Query, out var request);
        if (error is not null)
        {
            await writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, EdgeErrorCodes.BadRequest, error);
            return;
        }

        GraphQLHttpFeature.Of(context).Request = request;
        await next(context);
    }
}
