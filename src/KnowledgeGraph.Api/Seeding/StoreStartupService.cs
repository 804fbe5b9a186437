using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Seeding;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Seeding;

/// <summary>
/// On start: initialises the graph store, then loads the seed when <c>Seed:LoadOnStartup</c> is on and the store is
/// empty (the loader checks), so a second start on the same data loads nothing.
/// </summary>
public sealed class StoreStartupService(IGraphStore store, IOptions<SeedSettings> settings, ILogger<StoreStartupService> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        SeedLog.StoreInitialised(logger);
        if (!settings.Value.LoadOnStartup)
        {
            SeedLog.SeedDisabled(logger);
            return;
        }

        var directory = settings.Value.ResolvePath();
        var result = await SeedLoader.LoadIfEmptyAsync(store, directory, cancellationToken);
        if (result.Loaded)
        {
            SeedLog.SeedLoaded(logger, result.ToString());
        }
        else
        {
            SeedLog.SeedSkipped(logger, directory);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
