using GraphQL;
using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.GraphQL.Authorization;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// The status of a result the access rule refused. Under <c>application/graphql-response+json</c> a refusal is a
/// request error, so a 4xx: 401 with <c>WWW-Authenticate</c> when credentials are missing or were refused, 403 when
/// the caller lacks the role. Under <c>application/json</c> GraphQL over HTTP keeps 200 for every well-formed request.
/// </summary>
public static class AccessErrorStatus
{
    /// <summary>The status for <paramref name="result"/>, or null when it was not refused for access.</summary>
    public static int? For(HttpContext context, ExecutionResult result)
    {
        var codes = result.Errors?.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        if (result.Executed || codes is null)
        {
            return null;
        }

        var unauthenticated = codes.Contains(AccessErrorCodes.NotAuthenticated);
        if (!unauthenticated && !codes.Contains(AccessErrorCodes.NotAuthorized))
        {
            return null;
        }

        if (!GraphQLHttpFeature.Of(context).UsesGraphQLResponseMediaType)
        {
            return StatusCodes.Status200OK;
        }

        if (!unauthenticated)
        {
            return StatusCodes.Status403Forbidden;
        }

        Challenge(context);
        return StatusCodes.Status401Unauthorized;
    }

    /// <summary>Tells the caller how to authenticate (<c>WWW-Authenticate</c>), flagging credentials that were refused.</summary>
    public static void Challenge(HttpContext context)
    {
        var refused = AuthenticationFailure.ReasonOf(context.User) is not null;
        context.Response.Headers.WWWAuthenticate = refused
            ? $"{CredentialSchemes.Bearer} error=\"invalid_token\", {CredentialSchemes.ApiKey} header=\"{CredentialSchemes.ApiKeyHeader}\""
            : $"{CredentialSchemes.Bearer}, {CredentialSchemes.ApiKey} header=\"{CredentialSchemes.ApiKeyHeader}\"";
    }
}
