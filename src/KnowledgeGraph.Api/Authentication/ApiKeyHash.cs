using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// API keys are random 256-bit values, stored only as SHA-256 hashes. A slow password hash (bcrypt, Argon2) protects
/// low-entropy secrets against guessing; a uniformly random 256-bit key cannot be guessed from its hash however fast
/// the hash is, so SHA-256 keeps the same security and lets every request be checked in microseconds.
/// </summary>
public static class ApiKeyHash
{
    public const string Prefix = "sha256:";
    private const int KeyBytes = 32;

    /// <summary>A new key: 32 random bytes, URL-safe Base64 without padding (43 characters), prefixed for recognisability.</summary>
    public static string GenerateKey() =>
        "kg_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Of(string key) => Prefix + Convert.ToHexStringLower(Digest(key));

    public static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool TryParse(string? hash, out byte[] digest)
    {
        digest = [];
        if (hash is null || !hash.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || hash.Length != Prefix.Length + 64)
        {
            return false;
        }

        try
        {
            digest = Convert.FromHexString(hash.AsSpan(Prefix.Length));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
