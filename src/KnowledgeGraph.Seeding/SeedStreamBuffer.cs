namespace KnowledgeGraph.Seeding;

/// <summary>
/// The read buffer of <see cref="SeedStreamReader"/>: how large each file's buffer starts, and the largest any grew to.
/// A buffer grows only to hold one whole record (or one token), so the largest size follows the largest record, never
/// the file; tests read it to show that memory does not grow with the file.
/// </summary>
internal sealed class SeedStreamBuffer(int initialSize)
{
    public const int DefaultSize = 64 * 1024;

    public int InitialSize { get; } = initialSize >= 16 ? initialSize : throw new ArgumentOutOfRangeException(nameof(initialSize), initialSize, "At least 16 bytes.");

    /// <summary>The largest buffer used so far, in bytes.</summary>
    public int LargestSize { get; private set; }

    public byte[] Rent(int size)
    {
        LargestSize = Math.Max(LargestSize, size);
        return new byte[size];
    }
}
