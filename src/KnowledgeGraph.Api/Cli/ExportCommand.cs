using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Seeding;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>export --output &lt;file.json&gt;</c>: writes the whole graph of the configured store (<c>Storage:Provider</c>,
/// configured as for the service) as one seed file that <c>import</c> reads back; <c>--output -</c> writes it to
/// standard output and the summary to standard error. A file is written beside its destination and moved into
/// place only when complete, so a failed export never leaves half a file.
/// </summary>
internal static class ExportCommand
{
    public const string StandardOutput = "-";

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        var configuration = CommandStores.ReadConfiguration(arguments);
        var destination = configuration["output"];
        if (string.IsNullOrWhiteSpace(destination))
        {
            await error.WriteLineAsync("--output is required: a .json file to write, or - for standard output.");
            return 1;
        }

        try
        {
            var provider = CommandStores.ConfiguredProvider(configuration);
            var (services, store) = await CommandStores.OpenAsync(provider, configuration);
            await using (services)
            {
                if (destination == StandardOutput)
                {
                    var written = await SeedWriter.WriteAsync(store, new TextWriterStream(output));
                    await error.WriteLineAsync(Summary(written, provider.ToString(), "standard output"));
                    return 0;
                }

                var path = Path.GetFullPath(destination);
                var result = await WriteFileAsync(store, path);
                await output.WriteLineAsync(Summary(result, provider.ToString(), path));
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

    private static async Task<SeedWriteResult> WriteFileAsync(IGraphStore store, string path)
    {
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            SeedWriteResult result;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                result = await SeedWriter.WriteAsync(store, file);
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

    private static string Summary(SeedWriteResult result, string provider, string destination) =>
        $"Exported {result.SourceCount} sources, {result.EntityCount} entities and {result.RelationshipCount} relationships from {provider} to {destination}.";
}
