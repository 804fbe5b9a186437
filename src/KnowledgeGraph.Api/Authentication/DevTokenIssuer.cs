using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// Mints HMAC-signed JWTs with the configured <c>Authentication:Jwt:SigningKey</c>, issuer and audience: what the
/// service accepts when it holds that key. For development and tests; production tokens come from an OpenID provider.
/// </summary>
public static class DevTokenIssuer
{
    public static string Issue(JwtSettings jwt, string name, IEnumerable<string> roles, TimeSpan lifetime, DateTime? issuedAtUtc = null)
    {
        if (!jwt.HasSigningKey)
        {
            throw new InvalidOperationException($"{AuthenticationSettings.Section}:Jwt:SigningKey is not configured.");
        }

        var issuedAt = issuedAtUtc ?? DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.EffectiveIssuer,
            Audience = jwt.EffectiveAudience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = issuedAt + lifetime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = name,
                ["name"] = name,
                ["roles"] = roles.ToArray(),
            },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(jwt.SigningKeyBytes()), SecurityAlgorithms.HmacSha256),
        });
    }
}
