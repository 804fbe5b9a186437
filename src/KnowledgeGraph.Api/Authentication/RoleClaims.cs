using System.Security.Claims;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// Identity providers name role claims differently ("role", "roles", or the long ClaimTypes.Role URI); the schema
/// reads only <see cref="ClaimTypes.Role"/>, so the others are copied over after a token is validated.
/// </summary>
public static class RoleClaims
{
    private static readonly string[] ShortTypes = ["role", "roles"];

    public static void Normalize(ClaimsIdentity identity)
    {
        var existing = identity.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var added = identity.Claims
            .Where(c => ShortTypes.Contains(c.Type, StringComparer.Ordinal))
            .Select(c => c.Value)
            .Where(existing.Add)
            .Select(value => new Claim(ClaimTypes.Role, value))
            .ToList();
        identity.AddClaims(added);
    }
}
