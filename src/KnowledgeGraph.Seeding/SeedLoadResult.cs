using System.Globalization;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// What a seed load did. <see cref="Loaded"/> is false when the store already held data and nothing was read;
/// otherwise the counts are those of the seed and <see cref="Change"/> is what the store reported.
/// </summary>
public sealed record SeedLoadResult(
    bool Loaded,
    string Directory,
    int FileCount,
    int SourceCount,
    int EntityCount,
    int RelationshipCount,
    GraphChangeResult? Change)
{
    public static SeedLoadResult Skipped(string directory) => new(false, directory, 0, 0, 0, 0, null);

    public override string ToString() => Loaded
        ? $"Seed from {Directory}: {Count(FileCount, "file", "files")}, {Count(SourceCount, "source", "sources")}, " +
          $"{Count(EntityCount, "entity", "entities")}, {Count(RelationshipCount, "relationship", "relationships")}; " +
          $"{Change?.EntitiesWritten ?? 0} entities, {Change?.RelationshipsWritten ?? 0} relationships and {Change?.SourcesWritten ?? 0} sources written " +
          $"(graph version {Change?.GraphVersion ?? 0})."
        : $"Seed from {Directory} not loaded: the store already holds data.";

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
