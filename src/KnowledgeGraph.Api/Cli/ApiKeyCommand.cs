using System.Text.Json;
using KnowledgeGraph.Api.Authentication;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// <c>api-key --name &lt;name&gt; --role &lt;roles&gt; [--index N]</c>: generates a random 256-bit API key and prints
/// it once, with the configuration entry that holds only its hash (JSON for appsettings or
/// <c>Authentication:ApiKeysFile</c>, and environment variables at index N).
/// </summary>
internal static class ApiKeyCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> RunAsync(string[] arguments, TextWriter output, TextWriter error)
    {
        var configuration = AuthCommandOptions.ReadConfiguration(arguments);
        var (name, roles, argumentError) = AuthCommandOptions.NameAndRoles(configuration);
        var index = 0;
        if (configuration["index"] is { } indexText && (!int.TryParse(indexText, out index) || index < 0))
        {
            argumentError ??= "--index must be a whole number from 0 (the position among Authentication:ApiKeys).";
        }

        if (argumentError is not null)
        {
            await error.WriteLineAsync(argumentError);
            return 1;
        }

        var key = ApiKeyHash.GenerateKey();
        var entry = new ApiKeyEntry { Name = name, Hash = ApiKeyHash.Of(key), Roles = [.. roles] };
        var prefix = $"{AuthenticationSettings.Section}__ApiKeys__{index}__";
        await output.WriteLineAsync($"""
            API key for '{name}' (roles: {string.Join(", ", roles)}). It is shown only now; the service keeps only its hash.

              {key}

            Send it as:  {CredentialSchemes.ApiKeyHeader}: {key}

            Configuration entry (an element of {AuthenticationSettings.Section}:ApiKeys, or of the JSON array in {AuthenticationSettings.Section}:ApiKeysFile):
            {JsonSerializer.Serialize(entry, Indented)}

            As environment variables:
              {prefix}Name={name}
              {prefix}Hash={entry.Hash}
            """);
        for (var i = 0; i < roles.Length; i++)
        {
            await output.WriteLineAsync($"  {prefix}Roles__{i}={roles[i]}");
        }

        return 0;
    }
}
