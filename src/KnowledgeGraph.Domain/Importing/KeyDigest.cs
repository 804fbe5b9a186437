using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace KnowledgeGraph.Domain.Importing;

/// <summary>
/// A 128-bit digest standing in for a key in a set that only has to tell whether the key was seen before: an import
/// keeps every relationship key it read, for its whole run, to name a repeat, and a million of them kept as strings
/// would be the largest thing the import holds while it writes. Two distinct keys share a digest with a probability of
/// about n²/2¹²⁹ (below 10⁻²⁶ for a million keys).
/// </summary>
public static class KeyDigest
{
    public static UInt128 Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(key.AsSpan()), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
