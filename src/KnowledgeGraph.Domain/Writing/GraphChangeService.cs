using System.Threading.Channels;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Domain.Writing;

/// <summary>
/// The one way the application writes to the graph: the domain rules first (<see cref="GraphChangeValidator"/>, every
/// reference resolved against what the store holds), then the store, which checks inside its transaction only what
/// could change meanwhile (a reference still there at commit, a version, a create-only key). Mutations and
/// <c>upsertGraph</c> apply one change set; the seed loader and both imports stream parts into one import session.
/// Every refusal carries the domain's codes (<see cref="ValidationCodes"/>) and nothing is written.
/// </summary>
public sealed class GraphChangeService(IGraphStore store)
{
    /// <summary>
    /// The domain problems of <paramref name="changes"/> against what the store holds, those <paramref name="concerns"/>
    /// keeps (all by default), with the validator's paths (<c>entities[0].properties.startYear</c>).
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> CheckAsync(
        GraphChangeSet changes, Func<ValidationError, bool>? concerns = null, CancellationToken cancellationToken = default)
    {
        var existing = await ExistingGraph.ForChangesAsync(store, changes, cancellationToken).ConfigureAwait(false);
        return GraphChangeValidator.Validate(changes, existing).Where(error => concerns?.Invoke(error) ?? true).ToList();
    }

    /// <summary>
    /// Checks <paramref name="changes"/> (<see cref="CheckAsync"/>) and applies it in one transaction. Throws
    /// <see cref="ValidationException"/> with the validator's problems, or with the store's (paths in its spelling,
    /// <c>upsertEntities[0].from</c>), and <see cref="ConcurrencyConflictException"/> on a version or create-only key
    /// taken meanwhile; in every case nothing is written.
    /// </summary>
    public async Task<GraphChangeResult> ApplyAsync(
        GraphChangeSet changes, Func<ValidationError, bool>? concerns = null, CancellationToken cancellationToken = default)
    {
        var problems = await CheckAsync(changes, concerns, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        return await store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies a change set the validator cannot express (a delete re-stating its record only to have the store check
    /// the version): the store's own checks only. Throws as <see cref="ApplyAsync"/>.
    /// </summary>
    public Task<GraphChangeResult> ApplyCheckedByStoreAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) =>
        store.ApplyAsync(changes, cancellationToken);

    /// <summary>
    /// Imports <paramref name="parts"/> in one pass into one import session (one transaction): each part is checked
    /// (<see cref="ImportCheck"/>: its reading problems, the domain rules, keys repeated across parts) and written while
    /// no problem has been found. After the first problem — found by the check or refused by the store — nothing more is
    /// written, but the rest is still read and checked, so that every problem is counted (the first
    /// <paramref name="problemLimit"/> kept), and the session is rolled back: all or nothing. <paramref name="firstProblem"/>
    /// hears the first one when it is found. A cancellation rolls back too and throws.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(
        IAsyncEnumerable<IImportPart> parts,
        GraphImport import,
        int problemLimit,
        Action<ValidationError>? firstProblem = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(import);
        await using var run = await GraphImportRun.BeginAsync(store, import, cancellationToken).ConfigureAwait(false);
        var read = await CheckAndWriteAsync(parts, run, problemLimit, firstProblem, cancellationToken).ConfigureAwait(false);
        if (read.ProblemCount > 0)
        {
            // Leaving without a commit disposes the session: its transaction is rolled back.
            return read;
        }

        var summary = await run.CommitAsync(cancellationToken).ConfigureAwait(false);
        return read with { Summary = summary };
    }

    /// <summary>
    /// The pass over the parts; its key sets (<see cref="ImportCheck"/>) live only as long as it does, so that the
    /// commit, which builds the store's indexes and history, does not hold them too. The check runs one part ahead of
    /// the write, on a thread of its own, so that reading and checking the next part use another processor while the
    /// store writes this one; a part reaches the writer only when it and every part before it passed the check.
    /// </summary>
    private async Task<ImportOutcome> CheckAndWriteAsync(
        IAsyncEnumerable<IImportPart> parts, GraphImportRun run, int problemLimit, Action<ValidationError>? firstProblem, CancellationToken cancellationToken)
    {
        var check = new ImportCheck(store, problemLimit);
        var heard = 0;
        void Hear(ValidationError problem)
        {
            if (Interlocked.Exchange(ref heard, 1) == 0)
            {
                firstProblem?.Invoke(problem);
            }
        }

        var passed = Channel.CreateBounded<(IImportPart Part, GraphChangeSet Changes)>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var checking = Task.Run(() => CheckAllAsync(parts, check, passed.Writer, Hear, stop.Token), CancellationToken.None);

        // Problems the store found inside its transaction: they stop the writing, come before any the check finds later.
        var refused = new List<ValidationError>();
        try
        {
            await foreach (var (part, changes) in passed.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (refused.Count > 0)
                {
                    continue;
                }

                try
                {
                    await run.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
                }
                catch (ValidationException exception)
                {
                    refused.AddRange(part.Locate(exception.Errors));
                    Hear(refused[0]);
                }
            }

            await checking.ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await checking.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ChannelClosedException)
            {
                // The writer's own failure is the one to report.
            }

            throw;
        }

        var problems = refused.Concat(check.Problems).Take(problemLimit).ToList();
        return new ImportOutcome(null, problems, refused.Count + check.ProblemCount, check.HasReadErrors, check.RecordCount);
    }

    /// <summary>
    /// Reads and checks every part, handing on to <paramref name="passed"/> each one that leaves no problem found so far,
    /// with the change set it was checked as.
    /// </summary>
    private static async Task CheckAllAsync(
        IAsyncEnumerable<IImportPart> parts, ImportCheck check, ChannelWriter<(IImportPart Part, GraphChangeSet Changes)> passed, Action<ValidationError> hear, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var part in parts.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                // Readers need not watch the token: after a problem nothing is written, and Ctrl+C must still stop the reading.
                cancellationToken.ThrowIfCancellationRequested();
                var clean = check.ProblemCount == 0;
                if (await check.AddAsync(part, cancellationToken).ConfigureAwait(false) is { } changes && clean)
                {
                    await passed.WriteAsync((part, changes), cancellationToken).ConfigureAwait(false);
                }
                else if (clean && check.Problems.Count > 0)
                {
                    hear(check.Problems[0]);
                }
            }

            passed.Complete();
        }
        catch (Exception exception)
        {
            passed.Complete(exception);
            throw;
        }
    }
}
