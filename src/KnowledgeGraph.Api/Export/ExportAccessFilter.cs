using GraphQLParser.AST;
using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.GraphQL.Authorization;

namespace KnowledgeGraph.Api.Export;

/// <summary>
/// An export is a read: it obeys the same access decision as a GraphQL query (public unless
/// <c>Authentication:PublicReads</c> is off, then reader or editor), with the same credentials and error codes,
/// answered as a JSON problem: 401 with <c>WWW-Authenticate</c> for a missing or refused credential, 403 for a
/// caller without the role.
/// </summary>
internal sealed class ExportAccessFilter(OperationAccessPolicy policy, ILogger<ExportAccessFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        await CredentialsMiddleware.AuthenticateAsync(http, logger);
        if (policy.Check(OperationType.Query, http.User) is not { } denial)
        {
            return await next(context);
        }

        var unauthenticated = denial.Code == AccessErrorCodes.NotAuthenticated;
        if (unauthenticated)
        {
            AccessErrorStatus.Challenge(http);
        }

        return Results.Problem(
            detail: denial.Message,
            statusCode: unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden,
            title: unauthenticated ? "Authentication required" : "Not authorized",
            extensions: new Dictionary<string, object?> { ["code"] = denial.Code });
    }
}
