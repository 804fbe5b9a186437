using System.Globalization;
using KnowledgeGraph.Domain.Errors;

namespace KnowledgeGraph.Seeding;

/// <summary>
/// The seed commands of the command line, ready to be called from the API's CLI: each writes its findings to
/// <c>output</c> and returns the process exit code (<see cref="Success"/>, <see cref="Invalid"/>, <see cref="NotFound"/>).
/// </summary>
public static class SeedCommands
{
    public const int Success = 0;
    public const int Invalid = 1;
    public const int NotFound = 2;

    /// <summary><c>validate &lt;dir&gt;</c>: reads and validates the seed; lists every problem, one per line.</summary>
    public static async Task<int> ValidateAsync(string directory, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = await TryReadAsync(directory, output, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return NotFound;
        }

        if (!await ReportProblemsAsync(document, SeedValidator.Validate(document), output).ConfigureAwait(false))
        {
            return Invalid;
        }

        await output.WriteLineAsync(
            $"Seed {document.Directory} is valid: {Count(document.Files.Count, "file", "files")}, {Count(document.Sources.Count, "source", "sources")}, " +
            $"{Count(document.Entities.Count, "entity", "entities")}, {Count(document.Relationships.Count, "relationship", "relationships")}.").ConfigureAwait(false);
        return Success;
    }

    /// <summary>
    /// <c>stats &lt;dir&gt;</c>: prints the Markdown "What is in the graph" section of a seed whose records are valid
    /// (<see cref="SeedValidator.ValidateRecords"/>: counting does not wait for curation).
    /// </summary>
    public static async Task<int> StatsAsync(string directory, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var document = await TryReadAsync(directory, output, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return NotFound;
        }

        if (!await ReportProblemsAsync(document, SeedValidator.ValidateRecords(document), output).ConfigureAwait(false))
        {
            return Invalid;
        }

        await output.WriteAsync(GraphReport.Render(document)).ConfigureAwait(false);
        return Success;
    }

    /// <summary>One problem as the commands print it: <c>path: message [CODE]</c>.</summary>
    public static string Describe(ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"{error.Path}: {error.Message} [{error.Code}]";
    }

    private static async Task<SeedDocument?> TryReadAsync(string directory, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            return await SeedReader.ReadDirectoryAsync(directory, cancellationToken).ConfigureAwait(false);
        }
        catch (DirectoryNotFoundException ex)
        {
            await output.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return null;
        }
    }

    private static async Task<bool> ReportProblemsAsync(SeedDocument document, IReadOnlyList<ValidationError> errors, TextWriter output)
    {
        if (errors.Count == 0)
        {
            return true;
        }

        foreach (var error in errors)
        {
            await output.WriteLineAsync(Describe(error)).ConfigureAwait(false);
        }

        await output.WriteLineAsync(
            $"Seed {document.Directory} is invalid: {Count(errors.Count, "problem", "problems")}.").ConfigureAwait(false);
        return false;
    }

    private static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
