using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Exchange.Importing;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// The write phase both imports share: a large change set is announced and its progress shown while the store applies
/// it in one transaction; a cancellation (Ctrl+C) rolls that transaction back and is reported as such.
/// </summary>
internal static class ImportWriter
{
    /// <summary>Change sets of at least this many records are announced and show their progress.</summary>
    public const long ProgressThreshold = 10_000;

    public static Task<ImportSummary> ApplyAsync(IGraphStore store, GraphChangeSet changes, TextWriter error, CancellationToken cancellationToken) =>
        WriteAsync(store, changes.Author, changes.RecordCount, error, (run, ct) => GraphImporter.WritePartsAsync(run, changes, ct), cancellationToken);

    /// <summary>
    /// Writes an import of <paramref name="recordCount"/> records in one transaction, its parts given by
    /// <paramref name="writeParts"/>, announced and with its progress shown when large; commits once every part is in.
    /// </summary>
    public static async Task<ImportSummary> WriteAsync(
        IGraphStore store, ChangeAuthor? author, long recordCount, TextWriter error,
        Func<GraphImportRun, CancellationToken, Task> writeParts, CancellationToken cancellationToken)
    {
        if (recordCount >= ProgressThreshold)
        {
            await error.WriteLineAsync($"Writing {recordCount:N0} records in one transaction…");
        }

        var progress = new WriteProgressBars(error, ProgressThreshold, ProgressBar.IsTerminal(error));
        try
        {
            await using var run = await GraphImportRun.BeginAsync(store, new GraphImport(author, recordCount, progress), cancellationToken);
            await writeParts(run, cancellationToken);
            return await run.CommitAsync(cancellationToken);
        }
        finally
        {
            progress.Complete();
        }
    }

    /// <summary>
    /// Says that a cancelled import wrote nothing and returns the exit code of a process stopped by Ctrl+C. True by
    /// construction: every import writes in one transaction, and the stores check the token up to the commit.
    /// </summary>
    public static async Task<int> CancelledAsync(TextWriter error)
    {
        await error.WriteLineAsync("Import cancelled: the transaction was rolled back, nothing was written.");
        return CommandLine.CancelledExitCode;
    }
}
