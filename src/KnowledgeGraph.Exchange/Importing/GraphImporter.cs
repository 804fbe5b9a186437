using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Exchange.Importing;

/// <summary>
/// Applies an already validated change set of upserts as one import (<see cref="GraphImportRun"/> with one part): all
/// or nothing, and tells what it did.
/// </summary>
public static class GraphImporter
{
    /// <summary>Records per part when an import is written from a list already in memory.</summary>
    public const int PartSize = 20_000;

    public static async Task<ImportSummary> ApplyAsync(IGraphStore store, GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var run = await GraphImportRun.BeginAsync(store, new GraphImport(changes.Author, changes.RecordCount, changes.Progress), cancellationToken)
            .ConfigureAwait(false);
        await WritePartsAsync(run, changes, cancellationToken).ConfigureAwait(false);
        return await run.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the upserts of <paramref name="changes"/> into <paramref name="run"/> part by part; a refused part throws
    /// with paths located within the whole change set (<c>upsertEntities[20003]</c>).
    /// </summary>
    public static async Task WritePartsAsync(GraphImportRun run, GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (part, offset) in Parts(changes))
        {
            try
            {
                await run.WriteAsync(part, cancellationToken).ConfigureAwait(false);
            }
            catch (ValidationException exception)
            {
                // The store names records within the part; callers locate them within the whole change set.
                throw new ValidationException(exception.Errors
                    .Select(e => e with { Path = ChangeSetPaths.Relocate(e.Path, (section, index) => $"{Spelling(section)}[{offset + index}]") })
                    .ToList());
            }
        }
    }

    /// <summary>The upserts of <paramref name="changes"/> in parts of <see cref="PartSize"/> records, in the store's order, each with its first index.</summary>
    private static IEnumerable<(GraphChangeSet Part, int Offset)> Parts(GraphChangeSet changes)
    {
        for (var i = 0; i < changes.UpsertSources.Count; i += PartSize)
        {
            yield return (new GraphChangeSet { UpsertSources = changes.UpsertSources.Skip(i).Take(PartSize).ToList() }, i);
        }

        for (var i = 0; i < changes.UpsertEntities.Count; i += PartSize)
        {
            yield return (new GraphChangeSet { UpsertEntities = changes.UpsertEntities.Skip(i).Take(PartSize).ToList() }, i);
        }

        for (var i = 0; i < changes.UpsertRelationships.Count; i += PartSize)
        {
            yield return (new GraphChangeSet { UpsertRelationships = changes.UpsertRelationships.Skip(i).Take(PartSize).ToList() }, i);
        }
    }

    private static string Spelling(ChangeSetSection section) => section switch
    {
        ChangeSetSection.Sources => "upsertSources",
        ChangeSetSection.Entities => "upsertEntities",
        _ => "upsertRelationships",
    };
}
