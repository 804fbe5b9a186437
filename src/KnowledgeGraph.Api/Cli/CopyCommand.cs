using KnowledgeGraph.Api.Storage;
using KnowledgeGraph.Domain.Copying;
using KnowledgeGraph.Domain.Errors;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>copy --from Sqlite --to Neo4j [--allow-non-empty true]</c>: copies the whole graph between the two stores, each
/// configured exactly as the service would be (appsettings.json, environment, then <c>--Section:Key=value</c>
/// arguments), so a team can start on the embedded store and move to Neo4j, or back.
/// </summary>
internal static class CopyCommand
{
    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        var configuration = CommandStores.ReadConfiguration(arguments);

        if (!TryReadProvider(configuration, "from", out var from, error) || !TryReadProvider(configuration, "to", out var to, error))
        {
            return 1;
        }

        if (from == to)
        {
            await error.WriteLineAsync($"--from and --to are both {from}: copying needs two different stores.");
            return 1;
        }

        var options = new GraphCopyOptions { RequireEmptyTarget = !configuration.GetValue("allow-non-empty", false) };
        try
        {
            var (source, fromStore) = await CommandStores.OpenAsync(from, configuration);
            await using var sourceServices = source;
            var (target, toStore) = await CommandStores.OpenAsync(to, configuration);
            await using var targetServices = target;
            var progress = new Progress<GraphCopyProgress>(p => output.WriteLine($"  {p.Part}: {p.Copied}"));
            var result = await new GraphCopier().CopyAsync(fromStore, toStore, options, progress);
            await output.WriteLineAsync(
                $"Copied {result.Sources} sources, {result.Entities} entities and {result.Relationships} relationships from {from} to {to} (target graph version {result.TargetGraphVersion}).");
            return 0;
        }
        catch (Exception exception) when (exception is DomainException or OptionsValidationException or InvalidOperationException)
        {
            await error.WriteLineAsync($"Copy failed: {exception.Message}");
            return 1;
        }
    }

    private static bool TryReadProvider(IConfiguration configuration, string name, out StorageProvider provider, TextWriter error)
    {
        var value = configuration[name];
        if (StorageProviders.TryParse(value, out provider))
        {
            return true;
        }

        error.WriteLine(value is null
            ? $"--{name} is required: {string.Join(" or ", StorageProviders.Names)}."
            : $"--{name} '{value}' is not a store: use {string.Join(" or ", StorageProviders.Names)}.");
        return false;
    }
}
