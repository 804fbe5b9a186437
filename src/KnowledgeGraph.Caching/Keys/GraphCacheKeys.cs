using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Traversal;

namespace KnowledgeGraph.Caching.Keys;

/// <summary>
/// Builds cache keys from specs: <c>{prefix}{format}:{graphVersion}:{operation}:{spec}</c>. Sets are sorted
/// (ordinally) so that equal specs give equal keys whatever the set order; null ("any") and empty sets differ.
/// Free-text parts are escaped so that different specs never share a key; long specs are replaced by a SHA-256
/// of their canonical text to stay under the cache's key-length limit.
/// </summary>
public sealed class GraphCacheKeys(string prefix)
{
    /// <summary>Bumped whenever the key layout or the serialized payload changes, so old entries are never read.</summary>
    public const string FormatVersion = "v1";

    private const int MaxSpecLength = 256;

    public string Prefix { get; } = prefix;

    public string Neighborhood(long graphVersion, NeighborhoodSpec spec) => Build(graphVersion, "nb", string.Join('|',
        Escape(spec.RootKey),
        Number(spec.Depth),
        spec.Direction.ToString(),
        Set(spec.RelationshipTypes),
        Set(spec.Kinds),
        Number(spec.Limit),
        Number(spec.MaxExpansionPerNode)));

    public string Paths(long graphVersion, PathSpec spec) => Build(graphVersion, "path", string.Join('|',
        Escape(spec.FromKey),
        Escape(spec.ToKey),
        Number(spec.MaxLength),
        Set(spec.RelationshipTypes),
        spec.Mode.ToString(),
        Number(spec.First)));

    public string Relationships(long graphVersion, string anchorKey, RelationshipQuery query) => Build(graphVersion, "rel", string.Join('|',
        Escape(anchorKey),
        Set(query.Types),
        query.Direction.ToString(),
        Set(query.NeighbourKinds),
        query.Role is null ? "*" : "=" + Escape(query.Role)));

    private string Build(long graphVersion, string operation, string spec)
    {
        var head = $"{Prefix}{FormatVersion}:{graphVersion.ToString(CultureInfo.InvariantCulture)}:{operation}:";
        return spec.Length <= MaxSpecLength ? head + spec : head + "#" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(spec)));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Set(IReadOnlySet<string>? values) =>
        values is null ? "*" : "[" + string.Join(',', values.Order(StringComparer.Ordinal).Select(Escape)) + "]";

    private static string Set(IReadOnlySet<EntityKind>? kinds) =>
        kinds is null ? "*" : "[" + string.Join(',', kinds.Select(k => k.ToString()).Order(StringComparer.Ordinal)) + "]";

    private static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny("%|,[]*=#") < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '%' or '|' or ',' or '[' or ']' or '*' or '=' or '#')
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
