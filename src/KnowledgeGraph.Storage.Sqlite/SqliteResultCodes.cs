namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The SQLite result codes the store acts on (<see cref="Microsoft.Data.Sqlite.SqliteException.SqliteErrorCode"/>).</summary>
internal static class SqliteResultCodes
{
    /// <summary>Another connection holds a lock the statement needs (SQLITE_BUSY).</summary>
    public const int Busy = 5;

    /// <summary>A lock conflict within one shared cache or connection (SQLITE_LOCKED).</summary>
    public const int Locked = 6;

    /// <summary>The operating system refused a read or write (SQLITE_IOERR).</summary>
    public const int IoError = 10;

    /// <summary>The disk is full (SQLITE_FULL).</summary>
    public const int Full = 13;

    /// <summary>The file cannot be opened (SQLITE_CANTOPEN).</summary>
    public const int CannotOpen = 14;

    /// <summary>An insert found its primary key taken (SQLITE_CONSTRAINT_PRIMARYKEY, an extended code).</summary>
    public const int PrimaryKeyViolation = 1555;

    /// <summary>An insert found a unique key taken (SQLITE_CONSTRAINT_UNIQUE, an extended code).</summary>
    public const int UniqueViolation = 2067;

    /// <summary>Whether another connection's lock is in the way.</summary>
    public static bool IsBusy(int code) => code is Busy or Locked;
}
