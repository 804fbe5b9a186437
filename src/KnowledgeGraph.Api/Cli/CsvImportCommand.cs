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
/// seed/README.md) once, in parts, so that memory does not grow with them: each part is checked (every row and the
/// domain rules; references may point at entities and sources the store already holds, or at rows of earlier parts)
/// and written into one transaction while no problem has been found — all or nothing, printing every problem as
/// <c>file:line (column name): message [CODE]</c>. Large files show the write's progress.
/// </summary>
internal static class CsvImportCommand
{
    private static readonly string[] FileOptions = ["--entities", "--relationships", "--sources"];


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
                var author = ImportAuthor.From(configuration, $"CSV import of {described}");
                var recordCount = await CsvGraphReader.CountRecordsAsync(files, cancellationToken);
                var parts = ReadAhead.PartsAsync(CsvGraphReader.ReadPartsAsync(files, ImportWriter.PartSize, cancellationToken), ImportWriter.PartsAhead, cancellationToken);
                var summary = await ImportWriter.ImportAsync(store, parts, author, recordCount, described, error, cancellationToken);
                if (summary is null)
                {
                    return 1;
                }

                await output.WriteLineAsync($"Imported {described} into {provider} in one transaction:");
                await output.WriteLineAsync(summary.Describe(elapsed.Elapsed));
                return 0;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await ImportWriter.CancelledAsync(error);
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

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
