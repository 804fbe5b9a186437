using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Configuration;

public static class SettingsRegistration
{
    /// <summary>Binds <typeparamref name="TSettings"/> to <paramref name="section"/> and validates it when the host starts.</summary>
    public static IServiceCollection AddSettings<TSettings>(this IServiceCollection services, string section)
        where TSettings : class, ISettings
    {
        services.AddOptions<TSettings>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TSettings>>(new SettingsValidator<TSettings>(section));
        return services;
    }
}
