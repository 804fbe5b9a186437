using System.Diagnostics;
using KnowledgeGraph.Api.Storage;
using KnowledgeGraph.Caching.Versioning;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// How the commands reach a graph store: configuration read as the service reads it (appsettings.json next to the
/// executable, environment, then <c>--Section:Key=value</c> arguments) and a store built from it behind the same
/// caching layer as the service, so that a write made by a command is announced to every running instance sharing
/// the configured Redis and leaves no stale cached answer behind.
/// </summary>
internal static class CommandStores
{
    private static readonly TimeSpan RedisSynchronizationTimeout = TimeSpan.FromSeconds(10);

    public static IConfiguration ReadConfiguration(string[] arguments) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(arguments)
            .Build();

    /// <summary>
    /// The store the service would run on: <c>Storage:Provider</c>, <c>Sqlite</c> when absent; an unknown name throws
    /// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> naming the key, as the service's start does.
    /// </summary>
    public static StorageProvider ConfiguredProvider(IConfiguration configuration) => StorageSettings.ProviderFrom(configuration);

    /// <summary>
    /// Builds and initialises the store of <paramref name="provider"/>, registered as the service registers it
    /// (<see cref="StorageRegistration"/>). Dispose the returned services when done; they own the store. Every section
    /// is validated before the store is touched, as on the service's start: problems surface as
    /// <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>, each naming its key.
    /// </summary>
    public static async Task<(ServiceProvider Services, IGraphStore Store)> OpenAsync(
        StorageProvider provider, IConfiguration configuration)
    {
        var services = new ServiceCollection().AddLogging().AddGraphStorage(configuration, provider);
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        try
        {
            built.GetService<IStartupValidator>()?.Validate();
            var store = built.GetRequiredService<IGraphStore>();
            await store.InitializeAsync();
            await SynchronizeWithRedisAsync(built);
            return (built, store);
        }
        catch
        {
            await built.DisposeAsync();
            throw;
        }
    }

    private static async Task SynchronizeWithRedisAsync(IServiceProvider services)
    {
        if (services.GetService<RedisGraphVersionTracker>() is not { } tracker)
        {
            return;
        }

        // Synchronisation retries in the background until Redis answers; wait for it, but not forever.
        _ = tracker.SynchronizeAsync();
        var waited = Stopwatch.StartNew();
        while (!tracker.IsSynchronized)
        {
            if (waited.Elapsed > RedisSynchronizationTimeout)
            {
                // Refuse rather than write: running instances would not hear of the change and could keep stale answers.
                throw new StoreUnavailableException(
                    $"Redis (ConnectionStrings:Redis) did not answer within {RedisSynchronizationTimeout.TotalSeconds:0} s, so running instances could not be told of a change; fix or unset ConnectionStrings:Redis and retry.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }
}
