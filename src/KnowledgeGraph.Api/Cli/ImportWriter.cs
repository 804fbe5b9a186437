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

    public static async Task<ImportSummary> ApplyAsync(IGraphStore store, GraphChangeSet changes, TextWriter error, CancellationToken cancellationToken)
    {
        if (changes.RecordCount >= ProgressThreshold)
        {
            await error.WriteLineAsync($"Writing {changes.RecordCount:N0} records in one transaction…");
        }

        var progress = new WriteProgressBars(error, ProgressThreshold, ProgressBar.IsTerminal(error));
        try
        {
            return await GraphImporter.ApplyAsync(store, changes with { Progress = progress }, cancellationToken);
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
