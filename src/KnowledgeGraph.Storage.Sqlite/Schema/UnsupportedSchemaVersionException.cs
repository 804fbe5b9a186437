namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>The database file was written by a newer build whose schema this build does not know.</summary>
public sealed class UnsupportedSchemaVersionException(string path, int fileVersion, int latestKnownVersion)
    : Exception($"The database '{path}' has schema version {fileVersion}, but this build only knows versions up to " +
        $"{latestKnownVersion}. Upgrade the application or point Storage:Sqlite:Path at another file.")
{
    public int FileVersion { get; } = fileVersion;

    public int LatestKnownVersion { get; } = latestKnownVersion;
}
