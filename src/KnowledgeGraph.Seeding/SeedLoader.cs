using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// Loads a seed directory into a store through <see cref="GraphChangeService.ImportAsync"/>, as <c>import</c> does: its
/// records checked (<see cref="SeedValidator.ValidateRecords"/>, references resolved against the store too) and
/// written in one transaction, all or nothing, so a bad seed never leaves a half-loaded store.
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
    /// Checks an already read seed (a directory or a single file, see <see cref="SeedReader.ReadPathAsync"/>) and
    /// upserts all of it in one transaction. Throws <see cref="ValidationException"/> listing every problem, with
    /// nothing written, when the seed is invalid or the store refuses it.
    /// </summary>
    public static async Task<SeedLoadResult> LoadAsync(
        IGraphStore store, SeedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(document);
        var part = new SeedImportPart(document);
        var import = new GraphImport(new ChangeAuthor(AuthorName, $"Seed loaded from {document.Directory}"), part.RecordCount);
        var outcome = await new GraphChangeService(store).ImportAsync(part.AsParts(), import, int.MaxValue, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (outcome.Summary is not { } summary)
        {
            throw new ValidationException(outcome.Problems);
        }

        return new SeedLoadResult(
            true,
            document.Directory,
            document.Files.Count,
            document.Sources.Count,
            document.Entities.Count,
            document.Relationships.Count,
            summary.Change);
    }
}
