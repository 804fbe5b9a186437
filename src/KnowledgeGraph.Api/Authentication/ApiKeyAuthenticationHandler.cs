using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// Authenticates <c>X-Api-Key: &lt;key&gt;</c> (or <c>Authorization: ApiKey &lt;key&gt;</c>) against the configured
/// hashes. No key: no result (anonymous). An unknown key fails, so that it is reported rather than ignored.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyRegistry registry)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[CredentialSchemes.ApiKeyHeader]
            .Concat(Request.Headers.Authorization
                .Where(v => v is not null && v.StartsWith(CredentialSchemes.ApiKeyAuthorizationPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => v![CredentialSchemes.ApiKeyAuthorizationPrefix.Length..]))
            .Select(v => v?.Trim())
            .ToList();
        if (presented.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (presented.Count > 1)
        {
            return Task.FromResult(AuthenticateResult.Fail("More than one API key was sent; send exactly one."));
        }

        if (string.IsNullOrEmpty(presented[0]))
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is empty."));
        }

        if (registry.Find(presented[0]!) is not { } entry)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not recognised."));
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, "api-key:" + entry.Name),
            new(ClaimTypes.Name, entry.Name),
            .. entry.Roles.Select(role => new Claim(ClaimTypes.Role, role)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, ClaimTypes.Name, ClaimTypes.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }
}
