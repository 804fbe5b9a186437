using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Seeding;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// What both imports share around <see cref="GraphChangeService.ImportAsync"/> (one pass: each part checked, then
/// written while no problem has been found, in one transaction): a large import is announced and its progress shown;
/// its problems are printed, the first <see cref="ProblemsShown"/> then how many more; a cancellation (Ctrl+C) rolls
/// the transaction back and is reported as such.
/// </summary>
internal static class ImportWriter
{
    /// <summary>Imports of at least this many records are announced and show their progress.</summary>
    public const long ProgressThreshold = 10_000;

    /// <summary>
    /// Records read, checked and written at a time: memory holds one part, whatever the files' size. Small enough that a
    /// part is garbage before collections promote it to the old generation, where parts of 20,000 piled up until a full
    /// collection (about 150 MB more at the peak of a million relationships, measured).
    /// </summary>
    public const int PartSize = 5_000;

    /// <summary>Parts read ahead on another thread while the previous one is checked or written.</summary>
    public const int PartsAhead = 1;

    /// <summary>Problems printed at most; a file with a systematic mistake would otherwise print one per row.</summary>
    public const int ProblemsShown = 200;

    /// <summary>
    /// Imports <paramref name="parts"/> (about <paramref name="recordCount"/> records) into <paramref name="store"/>;
    /// the summary, or null when problems kept anything from being written (printed to <paramref name="error"/>).
    /// </summary>
    public static async Task<ImportSummary?> ImportAsync(
        IGraphStore store, IAsyncEnumerable<IImportPart> parts, ChangeAuthor author, long recordCount, string what, TextWriter error,
        CancellationToken cancellationToken)
    {
        if (recordCount >= ProgressThreshold)
        {
            await error.WriteLineAsync($"Writing {recordCount:N0} records in one transaction…");
        }

        var progress = new WriteProgressBars(error, ProgressThreshold, ProgressBar.IsTerminal(error));
        ImportOutcome outcome;
        try
        {
            outcome = await new GraphChangeService(store).ImportAsync(parts, new GraphImport(author, recordCount, progress), ProblemsShown, _ =>
            {
                // The rest is still read and checked, which takes as long as reading it: say why the bar stopped.
                progress.Complete();
                error.WriteLine("A problem was found: nothing will be written; reading the rest to report every problem…");
            }, cancellationToken);
        }
        finally
        {
            progress.Complete();
        }

        if (outcome.Summary is { } summary)
        {
            return summary;
        }

        await WriteProblemsAsync(outcome.Problems, outcome.ProblemCount, error);
        var problems = $"{outcome.ProblemCount} {(outcome.ProblemCount == 1 ? "problem" : "problems")}";
        await error.WriteLineAsync(outcome.HasReadErrors ? $"Nothing imported from {what}: {problems} reading it." : $"Nothing imported from {what}: {problems}.");
        return null;
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

    /// <summary>
    /// Each problem kept (at most <see cref="ProblemsShown"/>) as <c>path: message [CODE]</c>, then how many more of
    /// <paramref name="total"/> there were.
    /// </summary>
    private static async Task WriteProblemsAsync(IReadOnlyList<ValidationError> shown, int total, TextWriter error)
    {
        foreach (var problem in shown)
        {
            await error.WriteLineAsync(SeedCommands.Describe(problem));
        }

        if (total > shown.Count)
        {
            await error.WriteLineAsync($"… and {total - shown.Count} more problems.");
        }
    }
}
