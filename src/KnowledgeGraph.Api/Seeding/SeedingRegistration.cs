using KnowledgeGraph.Api.Storage;
using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Seeding;

public static class SeedingRegistration
{
    /// <summary>
    /// Initialises the store and loads the seed (section <c>Seed</c>) when the host starts, then starts building the
    /// adjacency index in the background (<see cref="TraversalIndexWarmUp"/>; hosted services start in this order).
    /// </summary>
    public static IServiceCollection AddStoreStartup(this IServiceCollection services)
    {
        services.AddSettings<SeedSettings>(SeedSettings.Section);
        services.AddHostedService<StoreStartupService>();
        services.AddSingleton<TraversalIndexWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<TraversalIndexWarmUp>());
        return services;
    }
}
