using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Exchange;
using KnowledgeGraph.Exchange.Csv;
using KnowledgeGraph.Exchange.Snapshots;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>export --output &lt;path&gt; [--format json|csv|graphml|cypher]</c>: writes the whole graph of the configured store
/// (<c>Storage:Provider</c>, configured as for the service). JSON (the default) is one seed file that <c>import</c>
/// reads back exactly; CSV is a directory holding sources.csv, entities.csv and relationships.csv; GraphML one graph
/// file for Gephi or yEd; Cypher a script for cypher-shell. <c>--output -</c> writes a single-file format to standard
/// output and the summary to standard error. Files are written beside their destination and moved into place only
/// when complete, so a failed export never leaves half a file.
/// </summary>
internal static class ExportCommand
{
    public const string StandardOutput = "-";

    /// <summary>Graphs of at least this many records show a progress bar.</summary>
    private const long ProgressThreshold = 20_000;

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        var configuration = CommandStores.ReadConfiguration(arguments);
        var destination = configuration["output"];
        if (string.IsNullOrWhiteSpace(destination))
        {
            await error.WriteLineAsync("--output is required: a file to write (a directory for --format csv), or - for standard output.");
            return 1;
        }

        var formatName = configuration["format"] ?? "json";
        if (!ExportFormats.TryParse(formatName, out var format))
        {
            await error.WriteLineAsync($"--format '{formatName}' is not a format: use {string.Join(", ", ExportFormats.Names)}.");
            return 1;
        }

        if (format == ExportFormat.Csv && destination == StandardOutput)
        {
            await error.WriteLineAsync("--format csv writes three files: give a directory as --output, not -.");
            return 1;
        }

        try
        {
            var elapsed = Stopwatch.StartNew();
            var provider = CommandStores.ConfiguredProvider(configuration);
            var (services, store) = await CommandStores.OpenAsync(provider, configuration);
            await using (services)
            {
                var statistics = await store.GetStatisticsAsync();
                var progress = new ProgressBar(
                    error, "Exporting", statistics.SourceCount + statistics.EntityCount + statistics.RelationshipCount,
                    ProgressThreshold, ProgressBar.Records, ProgressBar.IsTerminal(error));
                var snapshot = new ProgressSnapshot(new StoreSnapshot(store), progress);
                if (destination == StandardOutput)
                {
                    var written = await GraphExporter.WriteAsync(snapshot, format, new TextWriterStream(output));
                    progress.Complete();
                    await error.WriteLineAsync(Summary(written, provider.ToString(), "standard output", format, elapsed.Elapsed));
                    return 0;
                }

                var path = Path.GetFullPath(destination);
                var result = format == ExportFormat.Csv
                    ? await CsvGraphWriter.WriteDirectoryAsync(snapshot, path)
                    : await WriteFileAsync(snapshot, format, path);
                progress.Complete();
                await output.WriteLineAsync(Summary(result, provider.ToString(), path, format, elapsed.Elapsed));
                return 0;
            }
        }
        catch (Exception exception) when (
            exception is DomainException or OptionsValidationException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Export failed: {exception.Message}");
            return 1;
        }
    }

    private static async Task<ExportCounts> WriteFileAsync(IGraphSnapshot snapshot, ExportFormat format, string path)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            ExportCounts result;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                result = await GraphExporter.WriteAsync(snapshot, format, file);
            }

            File.Move(partial, path, overwrite: true);
            return result;
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    private static string Summary(ExportCounts result, string provider, string destination, ExportFormat format, TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Exported {result.Sources} sources, {result.Entities} entities and {result.Relationships} relationships from {provider} to {destination} ({ExportFormats.NameOf(format)}, {elapsed.TotalSeconds:0.0} s).");
}
