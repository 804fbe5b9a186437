using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.Storage.Common.Querying;
using KnowledgeGraph.Storage.Sqlite.History;
using KnowledgeGraph.Storage.Sqlite.Mapping;
using KnowledgeGraph.Storage.Sqlite.Querying;
using KnowledgeGraph.Storage.Sqlite.Schema;
using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Every operation opens a pooled connection; reads run
/// concurrently, writes are serialised in-process and each runs in one IMMEDIATE transaction.
/// Batched reads pass key lists as one JSON array parameter (<c>json_each</c>), so each call is one statement
/// per <see cref="MaxKeysPerStatement"/> keys. Every write records its changes in <c>change_log</c> in the same transaction.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IChangeHistory, IDisposable
{
    /// <summary>Key lists longer than this are read in several statements.</summary>
    public const int MaxKeysPerStatement = 5000;

    private static readonly string SearchScore = FormattableString.Invariant(
        $"bm25({EntitySearchTable.Name}, {EntitySearchTable.NameWeight:0.0###}, {EntitySearchTable.AliasesWeight:0.0###}, {EntitySearchTable.DescriptionWeight:0.0###})");

    private readonly SqliteConnectionFactory _connections;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private volatile bool _initialized;

    /// <param name="timeProvider">The clock of the change history's timestamps; the system clock when null.</param>
    public SqliteGraphStore(SqliteConnectionFactory connections, ILogger<SqliteGraphStore>? logger = null, TimeProvider? timeProvider = null)
    {
        _connections = connections;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The factory this store opens its connections with.</summary>
    public SqliteConnectionFactory Connections => _connections;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _initializeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            var applied = await SchemaMigrator.MigrateAsync(connection, SchemaMigrations.All, cancellationToken);
            if (applied > 0)
            {
                SqliteStoreLog.Migrated(_logger, _connections.FilePath, applied, SchemaMigrations.LatestVersion);
            }
            else
            {
                SqliteStoreLog.UpToDate(_logger, _connections.FilePath, SchemaMigrations.LatestVersion);
            }

            _initialized = true;
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        ReadByKeysAsync(keys, $"SELECT {EntityRows.Columns("e")} FROM entities e WHERE e.key IN (SELECT value FROM json_each($keys))",
            reader => EntityRows.Read(reader), cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        ReadByKeysAsync(keys, $"SELECT {RelationshipRows.Columns("r")} FROM relationships r WHERE r.key IN (SELECT value FROM json_each($keys))",
            reader => RelationshipRows.Read(reader), cancellationToken);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        ReadByKeysAsync(keys, $"SELECT {SourceRows.Columns("s")} FROM sources s WHERE s.key IN (SELECT value FROM json_each($keys))",
            reader => SourceRows.Read(reader), cancellationToken);

    public async Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Take < 0)
        {
            throw new ValidationException("take", ValidationCodes.OutOfRange, "take must not be negative.");
        }

        var sql = EntityQueryTranslator.Translate(query);
        var window = sql.Window;
        var counted = window.Counted;
        if (window.ReadsNothing)
        {
            return EntityPages.Of(query, [], null, null, null);
        }

        return await RunAsync(async connection =>
        {
            // One read transaction so that the page and its extras see the same snapshot.
            await using var transaction = connection.BeginTransaction(deferred: true);
            var items = new List<Entity>();
            if (window.Limit > 0)
            {
                await using var page = connection.CreateCommand();
                page.Transaction = transaction;
                page.CommandText = sql.Page;
                sql.Parameters.ApplyTo(page);
                page.Parameters.AddWithValue(EntityQuerySql.TakeParameter, window.Limit);
                await using var reader = await page.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    items.Add(EntityRows.Read(reader));
                }
            }

            var probeAhead = window.NeedsAheadProbe(items.Count);
            var (total, aheadFound, behindFound) = ((int?)null, (bool?)null, (bool?)null);
            if (sql.Summary(counted, probeAhead) is { } summary)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = summary;
                sql.Parameters.ApplyTo(command);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                var column = 0;
                total = counted ? reader.GetInt32(column++) : null;
                aheadFound = probeAhead ? reader.GetBoolean(column++) : null;
                behindFound = window.BehindProbe is not null ? reader.GetBoolean(column) : null;
            }

            await transaction.CommitAsync(cancellationToken);
            return EntityPages.Of(query, items, total, aheadFound, behindFound);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(anchorKeys);
        ArgumentNullException.ThrowIfNull(query);
        var anchors = anchorKeys.Distinct(StringComparer.Ordinal).ToList();
        if (anchors.Count == 0)
        {
            return [];
        }

        var translated = RelationshipQueryTranslator.Translate(query);
        if (translated is null)
        {
            return [];
        }

        var (sql, parameters) = translated.Value;

        return await RunAsync(async connection =>
        {
            var hits = new List<RelationshipHit>();
            foreach (var chunk in anchors.Chunk(MaxKeysPerStatement))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                parameters.ApplyTo(command);
                command.Parameters.AddWithValue(RelationshipQueryTranslator.AnchorsParameter, PropertyJson.WriteStrings(chunk));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var relationship = RelationshipRows.Read(reader, RelationshipQueryTranslator.RelationshipOffset);
                    var neighbour = EntityRows.Read(reader, RelationshipQueryTranslator.NeighbourOffset);
                    var direction = reader.GetInt64(1) == 0 ? RelationshipDirection.Outgoing : RelationshipDirection.Incoming;
                    hits.Add(new RelationshipHit(reader.GetString(0), relationship, direction, neighbour));
                }
            }

            return (IReadOnlyList<RelationshipHit>)hits;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var match = SearchTextParser.ToMatchExpression(query.Text);
        if (match is null || query.Limit <= 0 || query.Kinds is { Count: 0 })
        {
            return [];
        }

        var kindFilter = query.Kinds is null ? string.Empty : " AND e.kind IN (SELECT value FROM json_each($kinds))";
        var sql = $"SELECT {EntityRows.Columns("e")}, -{SearchScore} AS score " +
            $"FROM {EntitySearchTable.Name} JOIN entities e ON e.id = {EntitySearchTable.Name}.rowid " +
            $"WHERE {EntitySearchTable.Name} MATCH $match{kindFilter} ORDER BY score DESC, e.key LIMIT $limit";
        return await RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$match", match);
            command.Parameters.AddWithValue("$limit", query.Limit);
            if (query.Kinds is not null)
            {
                command.Parameters.AddWithValue("$kinds", PropertyJson.WriteStrings(query.Kinds.Select(k => k.ToString())));
            }

            var hits = new List<SearchHit>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new SearchHit(EntityRows.Read(reader), reader.GetDouble(EntityRows.ColumnCount)));
            }

            return (IReadOnlyList<SearchHit>)hits;
        }, cancellationToken);
    }

    public async Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            var version = await GetGraphVersionAsync(cancellationToken);
            return new GraphChangeResult(version, 0, 0, 0, 0, 0, 0);
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(async connection =>
            {
                await using var transaction = connection.BeginTransaction(deferred: false);
                GraphChangeResult result;
                using (var writer = new ChangeSetWriter(connection, transaction, _time))
                {
                    result = writer.Apply(changes, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return result;
            }, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<IGraphImportSession> BeginImportAsync(GraphImport import, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(import);
        await EnsureInitializedAsync(cancellationToken);
        await _writeLock.WaitAsync(cancellationToken);
        SqliteConnection connection;
        try
        {
            connection = await OpenAsync(cancellationToken);
        }
        catch
        {
            _writeLock.Release();
            throw;
        }

        try
        {
            // From here the session (or its failed start) releases the lock and the connection.
            return SqliteImportSession.Start(connection, import, _time, () => _writeLock.Release());
        }
        catch (SqliteException e) when (IsUnavailable(e))
        {
            SqliteStoreLog.Unavailable(_logger, e, _connections.FilePath);
            throw new StoreUnavailableException("The SQLite store is busy or cannot be written; retry later.", e);
        }
    }

    public async Task<ChangeHistoryPage> GetHistoryAsync(ChangeHistoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var history = ImportedCreations.WithHistory("= $key", query.SubjectKind);
        return await RunAsync(async connection =>
        {
            // One read transaction so the count and the page see the same snapshot.
            await using var transaction = connection.BeginTransaction(deferred: true);
            await using var count = connection.CreateCommand();
            count.Transaction = transaction;
            count.CommandText = $"SELECT COUNT(*) FROM {history}";
            BindHistory(count, query);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

            var items = new List<ChangeRecord>();
            var hasMore = false;
            if (query.Take > 0 && total > 0)
            {
                await using var page = connection.CreateCommand();
                page.Transaction = transaction;
                page.CommandText = $"SELECT {ChangeLogRows.Columns("c")} FROM {history} c {ChangeLogRows.Join("c")}" +
                    (query.BeforeSequence is null ? string.Empty : $" WHERE c.{ChangeLogTable.Sequence} < $before") +
                    $" ORDER BY c.{ChangeLogTable.Sequence} DESC LIMIT $take";
                BindHistory(page, query);
                page.Parameters.AddWithValue("$take", query.Take + 1);
                if (query.BeforeSequence is { } before)
                {
                    page.Parameters.AddWithValue("$before", before);
                }

                await using var reader = await page.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (items.Count == query.Take)
                    {
                        hasMore = true;
                        break;
                    }

                    items.Add(ChangeLogRows.Read(reader));
                }
            }

            items = await CreatedStates.CompleteAsync(connection, transaction, items, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ChangeHistoryPage(items, total, hasMore);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ChangeRecord>> GetRecentChangesAsync(
        IReadOnlyCollection<string> subjectKeys, ChangeSubjectKind subjectKind, int takePerSubject, CancellationToken cancellationToken = default)
    {
        if (RecentChangesQuery.AsksForNothing(subjectKeys, takePerSubject))
        {
            return [];
        }

        var sql = $"SELECT {ChangeLogRows.Columns("c")} FROM (" +
            $"SELECT l.*, ROW_NUMBER() OVER (PARTITION BY l.{ChangeLogTable.SubjectKey} ORDER BY l.{ChangeLogTable.Sequence} DESC) AS rank " +
            $"FROM {ImportedCreations.WithHistory("IN (SELECT value FROM json_each($keys))", subjectKind)} l" +
            $") c {ChangeLogRows.Join("c")} WHERE c.rank <= $take ORDER BY c.{ChangeLogTable.SubjectKey}, c.{ChangeLogTable.Sequence} DESC";
        var keys = subjectKeys.Distinct(StringComparer.Ordinal).ToList();
        return await RunAsync(async connection =>
        {
            var items = new List<ChangeRecord>();

            // One read transaction so the changes and the current rows that complete creations agree.
            await using var transaction = connection.BeginTransaction(deferred: true);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$kind", subjectKind.ToString());
            command.Parameters.AddWithValue("$take", takePerSubject);
            var parameter = command.Parameters.Add("$keys", SqliteType.Text);
            foreach (var chunk in keys.Chunk(MaxKeysPerStatement))
            {
                parameter.Value = PropertyJson.WriteStrings(chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    items.Add(ChangeLogRows.Read(reader));
                }
            }

            items = await CreatedStates.CompleteAsync(connection, transaction, items, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (IReadOnlyList<ChangeRecord>)items;
        }, cancellationToken);
    }

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT graph_version FROM graph_meta WHERE id = 1";
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        RunAsync(async connection =>
        {
            await using var transaction = connection.BeginTransaction(deferred: true);
            var byKind = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => 0);
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "SELECT kind, COUNT(*) FROM entities GROUP BY kind";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    byKind[Enum.Parse<EntityKind>(reader.GetString(0))] = reader.GetInt32(1);
                }
            }

            var byType = new Dictionary<string, int>(StringComparer.Ordinal);
            await using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText =
                    $"SELECT {RelationshipTypeCountsTable.Type}, {RelationshipTypeCountsTable.Relationships} " +
                    $"FROM {RelationshipTypeCountsTable.Name} ORDER BY {RelationshipTypeCountsTable.Type}";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    byType[reader.GetString(0)] = reader.GetInt32(1);
                }
            }

            await using var scalars = connection.CreateCommand();
            scalars.Transaction = transaction;
            scalars.CommandText = "SELECT (SELECT COUNT(*) FROM sources), (SELECT graph_version FROM graph_meta WHERE id = 1)";
            await using var row = await scalars.ExecuteReaderAsync(cancellationToken);
            await row.ReadAsync(cancellationToken);
            return new GraphStatistics(byKind, byType, row.GetInt32(0), row.GetInt64(1));
        }, cancellationToken);

    public IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync($"SELECT {SourceRows.Columns("s")} FROM sources s ORDER BY s.key", reader => SourceRows.Read(reader), cancellationToken);

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync($"SELECT {EntityRows.Columns("e")} FROM entities e ORDER BY e.key", reader => EntityRows.Read(reader), cancellationToken);

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync($"SELECT {RelationshipRows.Columns("r")} FROM relationships r ORDER BY r.key",
            reader => RelationshipRows.Read(reader), cancellationToken);

    public void Dispose()
    {
        _writeLock.Dispose();
        _initializeLock.Dispose();
    }

    private static void BindHistory(SqliteCommand command, ChangeHistoryQuery query)
    {
        command.Parameters.AddWithValue("$key", query.SubjectKey);
        if (query.SubjectKind is { } kind)
        {
            command.Parameters.AddWithValue("$kind", kind.ToString());
        }
    }

    private async Task<IReadOnlyList<T>> ReadByKeysAsync<T>(
        IReadOnlyCollection<string> keys, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        return await RunAsync(async connection =>
        {
            var items = new List<T>(distinct.Count);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var parameter = command.Parameters.Add("$keys", SqliteType.Text);
            foreach (var chunk in distinct.Chunk(MaxKeysPerStatement))
            {
                parameter.Value = PropertyJson.WriteStrings(chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    items.Add(read(reader));
                }
            }

            return (IReadOnlyList<T>)items;
        }, cancellationToken);
    }

    private async IAsyncEnumerable<T> StreamAsync<T>(
        string sql, Func<SqliteDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return read(reader);
        }
    }

    private async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> operation, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        try
        {
            return await operation(connection);
        }
        catch (SqliteException e) when (IsUnavailable(e))
        {
            SqliteStoreLog.Unavailable(_logger, e, _connections.FilePath);
            throw new StoreUnavailableException("The SQLite store is busy or cannot be read; retry later.", e);
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _connections.OpenAsync(cancellationToken);
        }
        catch (SqliteException e) when (IsUnavailable(e))
        {
            SqliteStoreLog.Unavailable(_logger, e, _connections.FilePath);
            // Busy at open: another process holds the file, such as a large import into the empty store, which writes
            // through a rollback journal and so keeps everyone out until it commits (ImportJournal).
            throw new StoreUnavailableException(
                SqliteResultCodes.IsBusy(e.SqliteErrorCode)
                    ? $"The SQLite database '{_connections.FilePath}' is held by another process's write (such as a large import into the empty store) and stayed busy past Storage:Sqlite:BusyTimeoutMilliseconds; retry once it ends."
                    : $"The SQLite database '{_connections.FilePath}' cannot be opened.",
                e);
        }
    }

    private async Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }
    }

    private static bool IsUnavailable(SqliteException e) => e.SqliteErrorCode switch
    {
        SqliteResultCodes.Busy or SqliteResultCodes.Locked or SqliteResultCodes.IoError or SqliteResultCodes.Full or SqliteResultCodes.CannotOpen => true,
        _ => false,
    };
}
