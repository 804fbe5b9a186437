using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Api.Storage;

/// <summary>The spellings of <see cref="StorageProvider"/> that configuration and the command line accept.</summary>
public static class StorageProviders
{
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<StorageProvider>();

    /// <summary>Reads a provider's name in any case; a number is not a name.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out StorageProvider provider)
    {
        foreach (var candidate in Enum.GetValues<StorageProvider>())
        {
            if (string.Equals(candidate.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                provider = candidate;
                return true;
            }
        }

        provider = default;
        return false;
    }
}
