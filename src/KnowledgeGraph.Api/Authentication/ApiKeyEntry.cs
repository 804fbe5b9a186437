
namespace KnowledgeGraph.Api.Authentication;

/// <summary>One API key: who holds it, the hash of the key (never the key) and the roles it grants.</summary>
public sealed class ApiKeyEntry
{
    public static readonly string[] KnownRoles = [GraphQL.Authorization.Roles.Reader, GraphQL.Authorization.Roles.Editor];

    public string Name { get; set; } = string.Empty;

    /// <summary><c>sha256:&lt;64 hex digits&gt;</c> of the key's UTF-8 text, as printed by the <c>api-key</c> command.</summary>
    public string Hash { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    public IEnumerable<string> Validate(string section)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return $"{section}:Name is required (it names the caller in logs and errors).";
        }

        if (!ApiKeyHash.TryParse(Hash, out _))
        {
            yield return $"{section}:Hash must be 'sha256:' followed by 64 hex digits (run the api-key command to make one).";
        }

        if (Roles.Count == 0)
        {
            yield return $"{section}:Roles must name at least one of: {string.Join(", ", KnownRoles)}.";
        }

        foreach (var role in Roles.Where(r => !KnownRoles.Contains(r, StringComparer.Ordinal)))
        {
            yield return $"{section}:Roles: '{role}' is not a role; the roles are: {string.Join(", ", KnownRoles)}.";
        }
    }
}
