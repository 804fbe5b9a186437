using System.Diagnostics;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Exchange.Importing;
using KnowledgeGraph.Seeding;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>import &lt;seedDirOrFile&gt;</c>: reads a seed directory or a single seed file (such as one written by
/// <c>export</c>) and imports it into the configured store (<c>Storage:Provider</c>, configured as for the service)
/// through the same one-pass import as CSV (<see cref="ImportWriter"/>): checked, then written in one transaction. Any
/// problem — every one printed with its file and record — exits 1 with nothing written. With <c>--entities</c>, <c>--relationships</c> and/or <c>--sources</c> it imports CSV files instead
/// (<see cref="CsvImportCommand"/>). Ends with what was created, updated and left unchanged.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (CsvImportCommand.IsCsvImport(arguments))
        {
            return await CsvImportCommand.RunAsync(arguments, output, error, cancellationToken);
        }

        if (arguments.Length == 0 || arguments[0].StartsWith("--", StringComparison.Ordinal))
        {
            await error.WriteLineAsync(
                "import needs a seed directory or a seed .json file (import <seedDirOrFile>), or CSV files (import --entities e.csv --relationships r.csv [--sources s.csv]).");
            return 1;
        }

        var elapsed = Stopwatch.StartNew();
        var configuration = CommandStores.ReadConfiguration(arguments[1..]);
        try
        {
            // Counted first by a token scan, as the CSV import counts lines: the store chooses its bulk path by it.
            var recordCount = await SeedStreamReader.CountRecordsAsync(arguments[0], cancellationToken);
            // The count has listed the path, so it is a seed directory or file; messages name it absolute.
            var directory = Path.GetFullPath(arguments[0]);
            var provider = CommandStores.ConfiguredProvider(configuration);
            var (services, store) = await CommandStores.OpenAsync(provider, configuration);
            await using (services)
            {
                var author = ImportAuthor.From(configuration, $"Imported from {directory}");
                var parts = ReadAhead.PartsAsync(SeedStreamReader.ReadPartsAsync(arguments[0], ImportWriter.PartSize, cancellationToken), ImportWriter.PartsAhead, cancellationToken);
                var summary = await ImportWriter.ImportAsync(store, parts, author, recordCount, directory, error, cancellationToken);
                if (summary is null)
                {
                    return 1;
                }

                await output.WriteLineAsync($"Imported {directory} into {provider} in one transaction:");
                await output.WriteLineAsync(summary.Describe(elapsed.Elapsed));
                return 0;
            }
        }
        catch (DirectoryNotFoundException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 1;
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
    }
}
