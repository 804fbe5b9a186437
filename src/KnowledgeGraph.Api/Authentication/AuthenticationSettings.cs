using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// The <c>Authentication</c> section: who may read, and the credentials that identify editors and readers (JWT bearer
/// tokens, API keys). Secrets never live in the repository: the signing key comes from the environment or user
/// secrets, API keys only as hashes (here or in <see cref="ApiKeysFile"/>). With nothing configured the service
/// still starts: reads are public and every mutation is refused.
/// </summary>
public sealed class AuthenticationSettings : ISettings
{
    public const string Section = "Authentication";

    /// <summary>Whether anonymous callers may run queries and subscriptions.</summary>
    public bool PublicReads { get; set; } = true;

    public JwtSettings Jwt { get; set; } = new();

    /// <summary>API keys by hash, with the roles each grants.</summary>
    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    /// <summary>A JSON file (an array of <see cref="ApiKeyEntry"/>) kept outside the repository, read at start.</summary>
    public string? ApiKeysFile { get; set; }

    public IEnumerable<string> Validate(string section)
    {
        foreach (var error in Jwt.Validate($"{section}:Jwt"))
        {
            yield return error;
        }

        for (var i = 0; i < ApiKeys.Count; i++)
        {
            foreach (var error in ApiKeys[i].Validate($"{section}:ApiKeys:{i}"))
            {
                yield return error;
            }
        }

        var fileEntries = new List<ApiKeyEntry>();
        if (!string.IsNullOrWhiteSpace(ApiKeysFile))
        {
            var (entries, fileError) = ApiKeyFile.Read(ApiKeysFile);
            if (fileError is not null)
            {
                yield return $"{section}:ApiKeysFile: {fileError}";
            }

            for (var i = 0; i < entries.Count; i++)
            {
                foreach (var error in entries[i].Validate($"{section}:ApiKeysFile ({ApiKeysFile}) entry {i}"))
                {
                    yield return error;
                }
            }

            fileEntries = entries;
        }

        foreach (var duplicate in ApiKeys.Concat(fileEntries).Where(e => !string.IsNullOrWhiteSpace(e.Name))
                     .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"{section}:ApiKeys: the name '{duplicate.Key}' is used by {duplicate.Count()} keys; names must be unique.";
        }
    }
}
