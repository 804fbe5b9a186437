using KnowledgeGraph.Api.Configuration;

namespace KnowledgeGraph.Api.Storage;

/// <summary>Section <c>Storage</c>: which graph store the service runs on.</summary>
public sealed class StorageSettings : ISettings
{
    public const string Section = "Storage";

    /// <summary><c>Storage:Provider</c>: <c>Sqlite</c> (default) or <c>Neo4j</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    public IEnumerable<string> Validate(string section)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return $"{section}:Provider must be one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.";
        }
    }
}
