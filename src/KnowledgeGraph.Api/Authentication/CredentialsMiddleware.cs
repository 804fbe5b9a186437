using KnowledgeGraph.GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// Authenticates the request (bearer token or API key) before any transport runs, so the WebSocket upgrade carries
/// the caller too. Valid credentials become <see cref="HttpContext.User"/>; refused ones leave the caller anonymous
/// but marked with the reason (<see cref="AuthenticationFailure"/>), so an operation that needs a caller reports why
/// instead of treating a broken token like none.
/// </summary>
public sealed class CredentialsMiddleware(RequestDelegate next, ILogger<CredentialsMiddleware> logger)
{
    public const string CheckFailedMessage = "The credentials could not be checked right now (the identity provider did not answer).";

    public async Task InvokeAsync(HttpContext context)
    {
        await AuthenticateAsync(context, logger);
        await next(context);
    }

    /// <summary>
    /// Sets <see cref="HttpContext.User"/> from the request's credentials; also used by endpoints outside the
    /// <c>/graphql</c> pipeline (the exports) so every door checks callers the same way.
    /// </summary>
    public static async Task AuthenticateAsync(HttpContext context, ILogger logger)
    {
        var scheme = CredentialSchemes.CarriesApiKey(context.Request) ? CredentialSchemes.ApiKey : CredentialSchemes.Bearer;
        AuthenticateResult result;
        try
        {
            result = await context.AuthenticateAsync(CredentialSchemes.Default);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An unreachable OpenID provider (keys not loaded) must not turn into a 500 for public reads.
            AuthenticationLog.CredentialsCheckFailed(logger, exception);
            result = AuthenticateResult.Fail(CheckFailedMessage);
        }

        if (result.Succeeded)
        {
            context.User = result.Principal;
        }
        else if (result.Failure is { } failure)
        {
            var reason = CredentialFailures.Describe(failure);
            AuthenticationLog.CredentialsRefused(logger, scheme, reason);
            context.User = AuthenticationFailure.Principal(reason);
        }
    }
}
