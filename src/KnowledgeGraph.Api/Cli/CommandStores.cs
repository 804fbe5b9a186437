using KnowledgeGraph.Api.Storage;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// How the commands reach a graph store: configuration read as the service reads it (appsettings.json next to the
/// executable, environment, then <c>--Section:Key=value</c> arguments) and a store built from it, without the cache.
/// </summary>
internal static class CommandStores
{
    public static IConfiguration ReadConfiguration(string[] arguments) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(arguments)
            .Build();

    /// <summary>The store the service would run on: <c>Storage:Provider</c>, <c>Sqlite</c> when absent.</summary>
    public static StorageProvider ConfiguredProvider(IConfiguration configuration) =>
        configuration.GetSection(StorageSettings.Section).Get<StorageSettings>()?.Provider ?? StorageProvider.Sqlite;

    /// <summary>
    /// Builds and initialises the store of <paramref name="provider"/>. Dispose the returned services when done; they
    /// own the store. Configuration problems surface as <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>.
    /// </summary>
    public static async Task<(ServiceProvider Services, IGraphStore Store)> OpenAsync(
        StorageProvider provider, IConfiguration configuration)
    {
        var services = new ServiceCollection().AddLogging();
        _ = provider switch
        {
            StorageProvider.Neo4j => services.AddNeo4jGraphStore(configuration),
            _ => services.AddSqliteGraphStore(configuration),
        };
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            var store = built.GetRequiredService<IGraphStore>();
            await store.InitializeAsync();
            return (built, store);
        }
        catch
        {
            await built.DisposeAsync();
            throw;
        }
    }
}
