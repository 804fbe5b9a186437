using System.Diagnostics;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Exchange.Csv;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>import --entities e.csv --relationships r.csv [--sources s.csv]</c>: streams the CSV files (column layout in
/// seed/README.md) with a progress bar for large files, checks every row and then the domain rules over the whole set
/// (references may point at entities and sources the store already holds), and writes everything with one
/// transaction — or nothing, printing every problem as <c>file:line (column name): message [CODE]</c>.
/// </summary>
internal static class CsvImportCommand
{
    private static readonly string[] FileOptions = ["--entities", "--relationships", "--sources"];

    /// <summary>Files of at least this many bytes in all show a progress bar.</summary>
    private const long ProgressThreshold = 4 * 1024 * 1024;

    /// <summary>Problems printed at most; a file with a systematic mistake would otherwise print one per row.</summary>
    private const int ProblemsShown = 200;

    public static bool IsCsvImport(string[] arguments) =>
        arguments.Any(a => FileOptions.Any(o => a.Equals(o, StringComparison.OrdinalIgnoreCase) || a.StartsWith(o + "=", StringComparison.OrdinalIgnoreCase)));

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var elapsed = Stopwatch.StartNew();
        var configuration = CommandStores.ReadConfiguration(arguments);
        var files = new CsvImportFiles(Blank(configuration["sources"]), Blank(configuration["entities"]), Blank(configuration["relationships"]));
        if (!files.Given.Any())
        {
            await error.WriteLineAsync("import of CSV needs files: --entities e.csv --relationships r.csv [--sources s.csv].");
            return 1;
        }

        var totalBytes = files.Given.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        var progress = new ProgressBar(error, "Reading", totalBytes, ProgressThreshold, ProgressBar.Bytes, ProgressBar.IsTerminal(error));
        CsvImport import;
        try
        {
            import = await CsvGraphReader.ReadAsync(files, progress, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            progress.Complete();
            return await ImportWriter.CancelledAsync(error);
        }

        progress.Complete();
        var described = string.Join(", ", files.Given);
        if (import.ReadErrors.Count > 0)
        {
            // Rows that could not be read would only add confusing follow-on problems to the domain checks.
            await ImportCommand.WriteProblemsAsync(import.ReadErrors, error, ProblemsShown);
            await error.WriteLineAsync($"Nothing imported: {import.ReadErrors.Count} {(import.ReadErrors.Count == 1 ? "problem" : "problems")} reading the files.");
            return 1;
        }

        try
        {
            var provider = CommandStores.ConfiguredProvider(configuration);
            var (services, store) = await CommandStores.OpenAsync(provider, configuration);
            await using (services)
            {
                var changes = import.ToChangeSet(ImportAuthor.From(configuration, $"CSV import of {described}"));
                var problems = import.Validate(await ExistingGraph.ForChangesAsync(store, changes, cancellationToken));
                if (problems.Count > 0)
                {
                    await ImportCommand.WriteProblemsAsync(problems, error, ProblemsShown);
                    await error.WriteLineAsync($"Nothing imported: {problems.Count} {(problems.Count == 1 ? "problem" : "problems")}.");
                    return 1;
                }

                var summary = await ImportWriter.ApplyAsync(store, changes, error, cancellationToken);
                await output.WriteLineAsync($"Imported {described} into {provider} in one transaction:");
                await output.WriteLineAsync(summary.Describe(elapsed.Elapsed));
                return 0;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await ImportWriter.CancelledAsync(error);
        }
        catch (ValidationException exception)
        {
            await ImportCommand.WriteProblemsAsync(import.Locate(exception.Errors), error, ProblemsShown);
            await error.WriteLineAsync("Nothing imported: the store refused the change.");
            return 1;
        }
        catch (Exception exception) when (exception is DomainException or OptionsValidationException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Import failed, nothing imported: {exception.Message}");
            return 1;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
