using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace KnowledgeGraph.GraphQL.Nodes;

/// <summary>
/// The global object id codec (Relay, Hot Chocolate style): base64 of the UTF-8 text <c>"&lt;TypeName&gt;:&lt;key&gt;"</c>.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{key}"));
    }

    /// <summary>Splits an id into its type name and key; false when the id is not base64 of "TypeName:key".</summary>
    public static bool TryDecode(string? id, [NotNullWhen(true)] out string? typeName, [NotNullWhen(true)] out string? key)
    {
        typeName = null;
        key = null;
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var buffer = new byte[((id.Length + 3) / 4) * 3];
        if (!Convert.TryFromBase64String(id, buffer, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || separator == text.Length - 1)
        {
            return false;
        }

        typeName = text[..separator];
        key = text[(separator + 1)..];
        return true;
    }
}
