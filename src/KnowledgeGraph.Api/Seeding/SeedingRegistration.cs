using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Seeding;

public static class SeedingRegistration
{
    /// <summary>Initialises the store and loads the seed (section <c>Seed</c>) when the host starts.</summary>
    public static IServiceCollection AddStoreStartup(this IServiceCollection services)
    {
        services.AddSettings<SeedSettings>(SeedSettings.Section);
        services.AddHostedService<StoreStartupService>();
        return services;
    }
}
