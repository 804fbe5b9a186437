using System.Security.Claims;

namespace KnowledgeGraph.GraphQL.Authorization;

/// <summary>
/// Credentials that were presented but rejected (expired or forged token, unknown API key). The caller stays anonymous,
/// but the reason travels with the principal so that an operation needing a caller can say why the credentials did not
/// count, instead of treating a broken token like no token at all.
/// </summary>
public static class AuthenticationFailure
{
    /// <summary>Claim type of the reason, held by an unauthenticated identity.</summary>
    public const string ClaimType = "urn:knowledgegraph:authentication-failure";

    /// <summary>An anonymous principal that remembers why its credentials were refused.</summary>
    public static ClaimsPrincipal Principal(string reason) =>
        new(new ClaimsIdentity([new Claim(ClaimType, reason)], authenticationType: null));

    /// <summary>The reason the caller's credentials were refused, or null when none were refused.</summary>
    public static string? ReasonOf(ClaimsPrincipal? principal) => principal?.FindFirst(ClaimType)?.Value;
}
