using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// The schema of an attached SQLite file as <see cref="SqliteFloor"/> rebuilds it, in the order its statements were
/// first run: the definitions of its tables, the full-text table's included (it creates its own shadow tables, so those
/// and SQLite's <c>sqlite_%</c> tables are left out), the names of the ordinary tables whose rows are copied, the names
/// of every table created (the full-text one too) whose rows are counted afterwards, the explicit indexes (a
/// constraint's index comes with its table), the triggers, and the header's user version and page size.
/// </summary>
internal sealed record SourceSchema(
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> Copied,
    IReadOnlyList<string> Counted,
    IReadOnlyList<string> Indexes,
    IReadOnlyList<string> Triggers,
    long UserVersion,
    long PageSize)
{
    public static SourceSchema Read(SqliteConnection connection, string schema)
    {
        // table_list tells ordinary tables ("table") from virtual ones and their shadow tables ("shadow").
        var kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var list = connection.CreateCommand())
        {
            list.CommandText = $"PRAGMA {schema}.table_list";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                kinds[reader.GetString(reader.GetOrdinal("name"))] = reader.GetString(reader.GetOrdinal("type"));
            }
        }

        List<string> tables = [], copied = [], counted = [], indexes = [], triggers = [];
        using (var master = connection.CreateCommand())
        {
            master.CommandText = $"SELECT type, name, sql FROM {schema}.sqlite_master WHERE sql IS NOT NULL ORDER BY rowid";
            using var reader = master.ExecuteReader();
            while (reader.Read())
            {
                var (type, name, sql) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                switch (type)
                {
                    case "table" when !name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase) && kinds.GetValueOrDefault(name) is "table" or "virtual":
                        tables.Add(sql);
                        counted.Add(name);
                        if (kinds[name] == "table")
                        {
                            copied.Add(name);
                        }

                        break;
                    case "index":
                        indexes.Add(sql);
                        break;
                    case "trigger":
                        triggers.Add(sql);
                        break;
                }
            }
        }

        return new SourceSchema(tables, copied, counted, indexes, triggers, ConnectionPragma.Number(connection, $"PRAGMA {schema}.user_version"), ConnectionPragma.Number(connection, $"PRAGMA {schema}.page_size"));
    }
}
