using System.Text.Json;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>Reads <c>Authentication:ApiKeysFile</c>: a JSON array of <c>{ "Name", "Hash", "Roles" }</c> objects.</summary>
public static class ApiKeyFile
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The entries, or none and a message saying what is wrong with the file.</summary>
    public static (List<ApiKeyEntry> Entries, string? Error) Read(string path)
    {
        if (!File.Exists(path))
        {
            return ([], $"the file '{path}' does not exist.");
        }

        try
        {
            var entries = JsonSerializer.Deserialize<List<ApiKeyEntry>>(File.ReadAllText(path), Options);
            return entries is null ? ([], $"'{path}' holds null; expected a JSON array of {{ \"Name\", \"Hash\", \"Roles\" }}.") : (entries, null);
        }
        catch (JsonException exception)
        {
            return ([], $"'{path}' is not a JSON array of {{ \"Name\", \"Hash\", \"Roles\" }}: {exception.Message}");
        }
        catch (IOException exception)
        {
            return ([], $"'{path}' cannot be read: {exception.Message}");
        }
    }
}
