using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Configuration;

/// <summary>The one way a configuration section is registered: bound by its name, validated when the host starts.</summary>
public static class SettingsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TSettings"/> to <paramref name="section"/> of the configuration the container holds
    /// (defaults when it holds none, as in a bare test container) and validates it when the host starts.
    /// </summary>
    public static IServiceCollection AddSettings<TSettings>(this IServiceCollection services, string section)
        where TSettings : class, ISettings
    {
        services.AddOptions<TSettings>()
            .Configure<IEnumerable<IConfiguration>>((settings, configurations) => configurations.LastOrDefault()?.GetSection(section).Bind(settings));
        return services.AddSettingsValidation<TSettings>(section);
    }

    /// <summary>
    /// Binds <typeparamref name="TSettings"/> to <paramref name="section"/> of <paramref name="configuration"/>, for
    /// registrations handed their configuration (the stores, the cache, the command line), and validates it when the
    /// host starts; a container built without a host validates it on first use.
    /// </summary>
    public static IServiceCollection AddSettings<TSettings>(this IServiceCollection services, string section, IConfiguration configuration)
        where TSettings : class, ISettings
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TSettings>().Bind(configuration.GetSection(section));
        return services.AddSettingsValidation<TSettings>(section);
    }

    private static IServiceCollection AddSettingsValidation<TSettings>(this IServiceCollection services, string section)
        where TSettings : class, ISettings
    {
        services.AddOptions<TSettings>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TSettings>>(new SettingsValidator<TSettings>(section));
        return services;
    }
}
