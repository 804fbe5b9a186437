using System.Text.Json;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// One file of a streamed seed, as <see cref="SeedStreamReader"/> learns it in its first pass: where each array the
/// first pass skipped begins (with the reader state there), so that a later pass reads just that array; and whether
/// the file proved not to be JSON, so that later passes leave it alone.
/// </summary>
internal sealed class SeedStreamFile(string fullPath, string displayPath)
{
    public string FullPath { get; } = fullPath;

    public string DisplayPath { get; } = displayPath;

    public Dictionary<string, Array> Arrays { get; } = new(StringComparer.Ordinal);

    public bool Broken { get; set; }

    /// <summary>An array of the file: its start (just after its name) and the reader state there.</summary>
    public readonly record struct Array(long Position, JsonReaderState State);
}
