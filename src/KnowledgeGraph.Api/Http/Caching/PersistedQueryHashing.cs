using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Api.Http.Caching;

/// <summary>The hash that names a persisted query: SHA-256 of the document's UTF-8 text, lower-case hex (APQ).</summary>
public static class PersistedQueryHashing
{
    public static string Sha256(string query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
