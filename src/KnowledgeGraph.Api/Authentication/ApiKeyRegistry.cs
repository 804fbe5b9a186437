using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>The configured API keys (section and file), looked up by the hash of a presented key.</summary>
public sealed class ApiKeyRegistry
{
    private readonly IReadOnlyList<(ApiKeyEntry Entry, byte[] Digest)> keys;

    public ApiKeyRegistry(IOptions<AuthenticationSettings> options)
    {
        var settings = options.Value;
        var entries = settings.ApiKeys.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(settings.ApiKeysFile))
        {
            entries = entries.Concat(ApiKeyFile.Read(settings.ApiKeysFile).Entries);
        }

        keys = [.. entries.Select(e => ApiKeyHash.TryParse(e.Hash, out var digest) ? (e, digest) : (e, Array.Empty<byte>()))
            .Where(k => k.Item2.Length > 0)];
    }

    /// <summary>
    /// The entry whose hash matches <paramref name="key"/>, or null. Every entry is compared in constant time, so the
    /// time taken reveals neither which entry matched nor how much of a hash did.
    /// </summary>
    public ApiKeyEntry? Find(string key)
    {
        var digest = ApiKeyHash.Digest(key);
        ApiKeyEntry? match = null;
        foreach (var (entry, expected) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, expected))
            {
                match = entry;
            }
        }

        return match;
    }
}
