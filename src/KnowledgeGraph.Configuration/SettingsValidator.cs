using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Configuration;

/// <summary>Runs <see cref="ISettings.Validate"/> when the options are first built (at start, with ValidateOnStart).</summary>
internal sealed class SettingsValidator<TSettings>(string section) : IValidateOptions<TSettings>
    where TSettings : class, ISettings
{
    public ValidateOptionsResult Validate(string? name, TSettings options)
    {
        var errors = options.Validate(section).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
