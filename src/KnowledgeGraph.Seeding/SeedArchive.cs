namespace KnowledgeGraph.Seeding;

/// <summary>
/// The archived text of a source (<c>archive</c> in a seed source): the path as written, relative to the seed
/// directory, and the text read from it; <see cref="Text"/> is null when the file could not be read (the reader
/// reported why).
/// </summary>
public sealed record SeedArchive(string SourceKey, string Path, string? Text);
