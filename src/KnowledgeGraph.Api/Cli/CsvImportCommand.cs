using System.Diagnostics;
using System.Runtime;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Importing;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Importing;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>import --entities e.csv --relationships r.csv [--sources s.csv]</c>: streams the CSV files (column layout in
/// seed/README.md) twice, in parts, so that memory does not grow with them: a first pass checks every row and the domain
/// rules (references may point at entities and sources the store already holds, or at rows of earlier parts), a second
/// writes the parts into one transaction — all or nothing, printing every problem as
/// <c>file:line (column name): message [CODE]</c>. Large files show a progress bar in both passes.
/// </summary>
internal static class CsvImportCommand
{
    private static readonly string[] FileOptions = ["--entities", "--relationships", "--sources"];

    /// <summary>Files of at least this many bytes in all show a progress bar.</summary>
    private const long ProgressThreshold = 4 * 1024 * 1024;

    /// <summary>Problems printed at most; a file with a systematic mistake would otherwise print one per row.</summary>
    private const int ProblemsShown = 200;

    /// <summary>Records read, checked and written at a time: memory holds one part, whatever the files' size.</summary>
    private const int PartSize = 20_000;

    /// <summary>Parts read ahead on another thread while the previous one is checked or written.</summary>
    private const int PartsAhead = 1;

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
        var described = string.Join(", ", files.Given);

        // A command, not a server: no pauses to avoid, and background collections would let the heap grow while they
        // run, which is the import's peak memory.
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            var provider = CommandStores.ConfiguredProvider(configuration);
            var (services, store) = await CommandStores.OpenAsync(provider, configuration);
            await using (services)
            {
                // First pass: every row and rule checked, keeping only key sets, so that nothing is written on any problem.
                var stamps = Stamps(files);
                var recordCount = await CheckAsync(files, store, totalBytes, error, cancellationToken);
                if (recordCount is null)
                {
                    return 1;
                }

                // The first pass's key sets are garbage now; collect them before the write builds its own.
                GC.Collect();

                // Second pass: the files read again and written part by part into one transaction.
                var author = ImportAuthor.From(configuration, $"CSV import of {described}");
                var summary = await ImportWriter.WriteAsync(store, author, recordCount.Value, error, async (run, ct) =>
                {
                    await foreach (var part in ReadAhead.PartsAsync(CsvGraphReader.ReadPartsAsync(files, PartSize, null, ct), PartsAhead, ct))
                    {
                        try
                        {
                            await run.WriteAsync(part.ToChangeSet(), ct);
                        }
                        catch (ValidationException exception)
                        {
                            throw new ValidationException(part.Locate(exception.Errors));
                        }
                    }

                    if (!Stamps(files).SequenceEqual(stamps))
                    {
                        throw new InvalidOperationException($"{described} changed while being imported; import them again.");
                    }
                }, cancellationToken);
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
            await ImportCommand.WriteProblemsAsync(exception.Errors, error, ProblemsShown);
            await error.WriteLineAsync("Nothing imported: the store refused the change.");
            return 1;
        }
        catch (Exception exception) when (exception is DomainException or OptionsValidationException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Import failed, nothing imported: {exception.Message}");
            return 1;
        }
        finally
        {
            GCSettings.LatencyMode = latency;
        }
    }

    /// <summary>
    /// The check pass: every part read and checked; prints the problems and returns null when there are any, else how
    /// many records the files hold.
    /// </summary>
    private static async Task<long?> CheckAsync(CsvImportFiles files, IGraphStore store, long totalBytes, TextWriter error, CancellationToken cancellationToken)
    {
        var check = new ImportCheck(store, ProblemsShown);
        var progress = new ProgressBar(error, "Checking", totalBytes, ProgressThreshold, ProgressBar.Bytes, ProgressBar.IsTerminal(error));
        try
        {
            await foreach (var part in ReadAhead.PartsAsync(CsvGraphReader.ReadPartsAsync(files, PartSize, progress, cancellationToken), PartsAhead, cancellationToken))
            {
                await check.AddAsync(part, cancellationToken);
            }
        }
        finally
        {
            progress.Complete();
        }

        if (check.ProblemCount == 0)
        {
            return check.RecordCount;
        }

        await ImportCommand.WriteProblemsAsync(check.Problems, error, ProblemsShown, check.ProblemCount);
        var problems = $"{check.ProblemCount} {(check.ProblemCount == 1 ? "problem" : "problems")}";
        await error.WriteLineAsync(check.HasReadErrors ? $"Nothing imported: {problems} reading the files." : $"Nothing imported: {problems}.");
        return null;
    }

    /// <summary>Length and last write time of each file: the second pass must read what the first one checked.</summary>
    private static List<(string File, long Length, DateTime Written)> Stamps(CsvImportFiles files) =>
        files.Given.Select(f => new FileInfo(f)).Select(f => (f.FullName, f.Exists ? f.Length : -1, f.Exists ? f.LastWriteTimeUtc : default)).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
