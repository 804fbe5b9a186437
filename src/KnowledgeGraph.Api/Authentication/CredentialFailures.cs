using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// Turns an authentication failure into a sentence for the caller: precise enough to fix the request, with none of
/// the token validator's internals (key ids, expected values).
/// </summary>
public static class CredentialFailures
{
    public static string Describe(Exception failure) => failure switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Describe(aggregate.InnerExceptions[0]),
        AuthenticationFailureException => failure.Message,
        SecurityTokenExpiredException => "The bearer token has expired.",
        SecurityTokenNotYetValidException => "The bearer token is not valid yet.",
        SecurityTokenNoExpirationException => "The bearer token has no expiry (exp).",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The bearer token's signature is not valid.",
        SecurityTokenInvalidAudienceException => "The bearer token was issued for another audience.",
        SecurityTokenInvalidIssuerException => "The bearer token was issued by an issuer this service does not trust.",
        SecurityTokenInvalidAlgorithmException => "The bearer token is signed with an algorithm this service does not accept.",
        SecurityTokenMalformedException or ArgumentException => "The bearer token is malformed (not a JWT).",
        _ => "The bearer token was refused.",
    };
}
