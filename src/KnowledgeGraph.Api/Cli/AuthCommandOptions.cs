using KnowledgeGraph.Api.Authentication;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// What <c>dev-token</c> and <c>api-key</c> read: the service's configuration sources (appsettings.json next to the
/// executable, user secrets, environment, arguments) and the <c>--name</c> / <c>--role</c> arguments.
/// </summary>
internal static class AuthCommandOptions
{
    public static IConfiguration ReadConfiguration(string[] arguments) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddUserSecrets(typeof(AuthCommandOptions).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(arguments)
            .Build();

    /// <summary>The caller's name and roles (<c>--role reader,editor</c>), or a message saying what is missing.</summary>
    public static (string Name, string[] Roles, string? Error) NameAndRoles(IConfiguration configuration)
    {
        var name = configuration["name"]?.Trim();
        var roles = (configuration["role"] ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var known = string.Join(", ", ApiKeyEntry.KnownRoles);
        if (string.IsNullOrEmpty(name))
        {
            return (string.Empty, roles, "--name is required: who the credential identifies (e.g. --name alice).");
        }

        if (roles.Length == 0)
        {
            return (name, roles, $"--role is required: one or more of {known}, comma-separated (e.g. --role editor).");
        }

        if (roles.FirstOrDefault(r => !ApiKeyEntry.KnownRoles.Contains(r, StringComparer.Ordinal)) is { } unknown)
        {
            return (name, roles, $"'{unknown}' is not a role; the roles are: {known}.");
        }

        return (name, roles, null);
    }
}
