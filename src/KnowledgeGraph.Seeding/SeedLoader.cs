using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Loads a seed directory into a store. The whole seed is read and its records validated
/// (<see cref="SeedValidator.EnsureLoadable"/>) before anything is written, then written with one
/// <see cref="IGraphStore.ApplyAsync"/>: all or nothing, so a bad seed never leaves a half-loaded store.
/// </summary>
public static class SeedLoader
{
    public const string AuthorName = "seed";

    /// <summary>
    /// Loads the seed when the store holds no entity, relationship or source; otherwise reads nothing and returns a
    /// result with <see cref="SeedLoadResult.Loaded"/> false. Throws <see cref="ValidationException"/> listing every
    /// problem when the seed is invalid, and <see cref="DirectoryNotFoundException"/> when the directory is missing.
    /// </summary>
    public static async Task<SeedLoadResult> LoadIfEmptyAsync(
        IGraphStore store, string seedDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var statistics = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        if (statistics.EntityCount > 0 || statistics.RelationshipCount > 0 || statistics.SourceCount > 0)
        {
            return SeedLoadResult.Skipped(Path.GetFullPath(seedDirectory));
        }

        return await LoadAsync(store, seedDirectory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Upserts the whole seed whatever the store holds. Idempotent: records equal to what is stored change nothing.
    /// Throws like <see cref="LoadIfEmptyAsync"/>.
    /// </summary>
    public static async Task<SeedLoadResult> LoadAsync(
        IGraphStore store, string seedDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var document = await SeedReader.ReadDirectoryAsync(seedDirectory, cancellationToken).ConfigureAwait(false);
        return await LoadAsync(store, document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Validates an already read seed (a directory or a single file, see <see cref="SeedReader.ReadPathAsync"/>), then
    /// upserts all of it with one <see cref="IGraphStore.ApplyAsync"/>. Throws <see cref="ValidationException"/> listing
    /// every problem, before anything is written, when the seed is invalid.
    /// </summary>
    public static async Task<SeedLoadResult> LoadAsync(
        IGraphStore store, SeedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(document);
        SeedValidator.EnsureLoadable(document);

        var changes = document.ToChangeSet(new ChangeAuthor(AuthorName, $"Seed loaded from {document.Directory}"));
        var result = await store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        return new SeedLoadResult(
            true,
            document.Directory,
            document.Files.Count,
            document.Sources.Count,
            document.Entities.Count,
            document.Relationships.Count,
            result);
    }
}
