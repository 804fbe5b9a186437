namespace KnowledgeGraph.Api.Http.Middleware;

/// <summary>A request without a <c>query</c> document (after persisted-query lookup) is malformed: 400.</summary>
public sealed class QueryPresenceMiddleware(RequestDelegate next, GraphQLResponseWriter writer)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = GraphQLHttpFeature.Of(context).Request;
        if (request is null || string.IsNullOrWhiteSpace(request.Query))
        {
            return writer.WriteErrorAsync(context, StatusCodes.Status400BadRequest, EdgeErrorCodes.BadRequest,
                "The 'query' parameter is missing; send a GraphQL document as a string.");
        }

        return next(context);
    }
}
