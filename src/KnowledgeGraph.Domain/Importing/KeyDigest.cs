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
    // One hash object per thread, reset after each key: a key is a block or two of SHA-256, where a one-shot call
    // would spend more setting a hash up and tearing it down than hashing.
    [ThreadStatic]
    private static IncrementalHash? _sha256;

    public static UInt128 Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var sha256 = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        try
        {
            sha256.AppendData(MemoryMarshal.AsBytes(key.AsSpan()));
            sha256.GetHashAndReset(hash);
        }
        catch
        {
            // A hash left half fed would digest the thread's next key wrongly: start the next one afresh.
            _sha256 = null;
            sha256.Dispose();
            throw;
        }

        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
