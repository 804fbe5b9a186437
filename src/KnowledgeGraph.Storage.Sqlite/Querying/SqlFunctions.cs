using KnowledgeGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Functions the store's statements call, registered on every connection it opens. SQLite's own <c>lower()</c> folds
/// ASCII only; <see cref="Fold"/> folds as <see cref="TextFolding"/> does, for text with no stored folded copy (aliases,
/// source titles), so that a filter ignores case there as it does on names.
/// </summary>
public static class SqlFunctions
{
    public const string Fold = "kg_fold";

    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<string?, string?>(Fold, TextFolding.FoldOrNull, isDeterministic: true);
    }
}
