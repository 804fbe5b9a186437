using System.Globalization;
using KnowledgeGraph.Api.Authentication;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>dev-token --name &lt;name&gt; --role &lt;roles&gt; [--hours 8]</c>: prints a JWT signed with the configured
/// <c>Authentication:Jwt:SigningKey</c> (the token alone on standard output, so it can be captured; its summary on
/// standard error). Refuses when no signing key is configured.
/// </summary>
internal static class DevTokenCommand
{
    private const double DefaultHours = 8;
    private const double MaxHours = 24 * 30;

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        var configuration = AuthCommandOptions.ReadConfiguration(arguments);
        var jwt = configuration.GetSection($"{AuthenticationSettings.Section}:Jwt").Get<JwtSettings>() ?? new JwtSettings();
        if (!jwt.HasSigningKey)
        {
            await error.WriteLineAsync($"""
                No signing key is configured ({AuthenticationSettings.Section}:Jwt:SigningKey), so no token can be signed.
                Generate one and give the same key to this command and to the service, e.g.:
                  export Authentication__Jwt__SigningKey="$(openssl rand -base64 48)"
                or, for development, keep it in user secrets:
                  dotnet user-secrets --project src/KnowledgeGraph.Api set Authentication:Jwt:SigningKey "$(openssl rand -base64 48)"
                """);
            return 1;
        }

        var problems = jwt.Validate($"{AuthenticationSettings.Section}:Jwt").ToList();
        var (name, roles, argumentError) = AuthCommandOptions.NameAndRoles(configuration);
        if (argumentError is not null)
        {
            problems.Add(argumentError);
        }

        var hours = DefaultHours;
        if (configuration["hours"] is { } hoursText
            && (!double.TryParse(hoursText, NumberStyles.Float, CultureInfo.InvariantCulture, out hours) || hours <= 0 || hours > MaxHours))
        {
            problems.Add($"--hours must be a number of hours above 0 and at most {MaxHours}.");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem);
            }

            return 1;
        }

        var lifetime = TimeSpan.FromHours(hours);
        var token = DevTokenIssuer.Issue(jwt, name, roles, lifetime);
        await output.WriteLineAsync(token);
        await error.WriteLineAsync(
            $"Token for '{name}' (roles: {string.Join(", ", roles)}; issuer {jwt.EffectiveIssuer}, audience {jwt.EffectiveAudience}), " +
            $"valid until {(DateTime.UtcNow + lifetime).ToString("u", CultureInfo.InvariantCulture)}. Send it as: Authorization: Bearer <token>");
        return 0;
    }
}
