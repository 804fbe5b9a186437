using KnowledgeGraph.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Storage;

/// <summary>Section <c>Storage</c>: which graph store the service and the commands run on.</summary>
public sealed class StorageSettings : ISettings
{
    public const string Section = "Storage";

    /// <summary><c>Storage:Provider</c>: <c>Sqlite</c> (default) or <c>Neo4j</c>, in any case.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>
    /// The configured provider, read before the services are registered (it decides which store is); a name that is
    /// none throws the same <see cref="OptionsValidationException"/>, naming the key, as a start would.
    /// </summary>
    public static StorageProvider ProviderFrom(IConfiguration configuration)
    {
        var settings = new StorageSettings();
        configuration.GetSection(Section).Bind(settings);
        var problems = settings.Validate(Section).ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Section, typeof(StorageSettings), problems);
        }

        StorageProviders.TryParse(settings.Provider, out var provider);
        return provider;
    }

    public IEnumerable<string> Validate(string section)
    {
        if (!StorageProviders.TryParse(Provider, out _))
        {
            yield return $"{section}:{nameof(Provider)} must be one of {string.Join(", ", StorageProviders.Names)} (was '{Provider}').";
        }
    }
}
