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
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Common.Querying;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Client.Values;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Mapping;
using KnowledgeGraph.Storage.Neo4j.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The graph-store port over Neo4j's Query API. Every statement is parameterised; see <see cref="GraphSchema"/> for the
/// layout. Every write records its changes as <c>(:Change)</c> nodes in the same transaction.
/// </summary>
public sealed partial class Neo4jGraphStore(
    Neo4jQueryClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore> logger, TimeProvider? timeProvider = null)
    : IGraphStore, IChangeHistory
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    private const int IndexWaitSeconds = 120;

    private readonly int _batchSize = options.Value.BatchSize;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in SchemaCypher.NodeConstraintsAndIndexes())
        {
            await client.RunAsync(statement, AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }

        var keyIndexes = (await client.RunAsync(SchemaCypher.RelationshipKeyIndexes(), AccessMode.Write, cancellationToken).ConfigureAwait(false))
            .Records.ToDictionary(r => r.Get<string>("name"), r => r.Get<bool>("constrained"), StringComparer.Ordinal);
        foreach (var type in RelationshipTypes.All)
        {
            await EnsureRelationshipKeyConstraintAsync(type, keyIndexes, cancellationToken).ConfigureAwait(false);
        }

        await client.RunAsync(SchemaCypher.EnsureGraphMeta(), AccessMode.Write, cancellationToken).ConfigureAwait(false);
        await BackfillSortKeysAsync(cancellationToken).ConfigureAwait(false);
        await client.RunAsync(SchemaCypher.AwaitIndexes(IndexWaitSeconds), AccessMode.Read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates the key constraint of <paramref name="type"/> unless a constraint already owns its index. A key index
    /// that no constraint owns — an earlier fallback, or one left under the constraint's name, where
    /// <c>CREATE CONSTRAINT … IF NOT EXISTS</c> would silently do nothing — is dropped first, so the constraint is tried
    /// again on every start; while it still cannot be created, the fallback index comes back under its own name.
    /// </summary>
    private async Task EnsureRelationshipKeyConstraintAsync(
        RelationshipTypeDefinition type, IReadOnlyDictionary<string, bool> keyIndexes, CancellationToken cancellationToken)
    {
        if (keyIndexes.GetValueOrDefault(SchemaCypher.ConstraintName(type)))
        {
            return;
        }

        foreach (var underConstraintName in new[] { true, false })
        {
            var name = underConstraintName ? SchemaCypher.ConstraintName(type) : SchemaCypher.KeyIndexName(type);
            if (keyIndexes.ContainsKey(name))
            {
                LogReplacingKeyIndex(logger, name, type.Name);
                await client.RunAsync(SchemaCypher.DropRelationshipKeyIndex(type, underConstraintName), AccessMode.Write, cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            await client.RunAsync(SchemaCypher.RelationshipKeyConstraint(type), AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jClientException ex)
        {
            LogRelationshipConstraintFallback(logger, type.Name, ex.Code, ex.ServerMessage);
            await client.RunAsync(SchemaCypher.RelationshipKeyIndex(type), AccessMode.Write, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var result = await client.RunAsync(EntityCypher.GetByKeys(keys), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => EntityMapper.FromNode(r.Get<Neo4jNode>("n"))).ToList();
    }

    public async Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        if (EntityCypher.Query(query) is not { } statement)
        {
            return EntityPages.Of(query, [], null, null, null);
        }

        var result = await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var row = result.Single();
        var items = row.Get<IReadOnlyList<object?>>("items").Cast<Neo4jNode>().Select(EntityMapper.FromNode).ToList();
        return EntityPages.Of(query, items, row.Get<int?>("total"), row.Get<bool?>("ahead"), row.Get<bool?>("behind"));
    }

    public async Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        if (anchorKeys.Count == 0 || RelationshipCypher.ForAnchors(anchorKeys, query) is not { } statement)
        {
            return [];
        }

        var result = await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => new RelationshipHit(
                r.Get<string>("anchorKey"),
                RelationshipMapper.FromRelationship(r.Get<Neo4jRelationship>("r"), r.Get<string>("fromKey"), r.Get<string>("toKey")),
                r.Get<string>("direction") == "Outgoing" ? RelationshipDirection.Outgoing : RelationshipDirection.Incoming,
                EntityMapper.FromNode(r.Get<Neo4jNode>("neighbour"))))
            .ToList();
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var result = await client.RunAsync(RelationshipCypher.ByKeys(keys), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(ToRelationship).ToList();
    }

    public async Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var result = await client.RunAsync(SourceCypher.ByKeys(keys), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => SourceMapper.FromNode(r.Get<Neo4jNode>("s"))).ToList();
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (SearchCypher.Search(query) is not { } statement)
        {
            return [];
        }

        var result = await client.RunAsync(statement, AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => new SearchHit(EntityMapper.FromNode(r.Get<Neo4jNode>("node")), r.Get<double>("score"))).ToList();
    }

    public async Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            return new GraphChangeResult(await GetGraphVersionAsync(cancellationToken).ConfigureAwait(false), 0, 0, 0, 0, 0, 0);
        }

        var applied = await client.ExecuteWriteAsync((tx, ct) => ApplyInTransactionAsync(tx, changes, ct), LandedAsync, cancellationToken)
            .ConfigureAwait(false);
        return applied.Result;
    }

    /// <summary>
    /// Streams an import into one explicit transaction (<see cref="Neo4jImportSession"/>): each part is written when it
    /// comes, so memory is bounded by one part, and nothing is visible before the commit.
    /// </summary>
    public async Task<IGraphImportSession> BeginImportAsync(GraphImport import, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(import);
        return await Neo4jImportSession.StartAsync(client, import, options.Value, _time, LandedAsync, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether an attempt whose commit answer was lost is committed (so it must not run again).</summary>
    private async Task<bool> LandedAsync(AppliedChangeSet applied, CancellationToken cancellationToken)
    {
        if (applied.WriteId is not { } writeId)
        {
            // No change recorded: an attempt that wrote nothing has nothing to land, and one whose writes left every
            // subject as it was (created and deleted in one set) ends the same when run again.
            return !applied.Wrote;
        }

        var check = await client.RunAsync(WriteCypher.CommitLanded(applied.FirstSequence, writeId), AccessMode.Write, cancellationToken).ConfigureAwait(false);
        return check.Single().Get<bool>("landed");
    }

    public async Task<ChangeHistoryPage> GetHistoryAsync(ChangeHistoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var row = (await client.RunAsync(ChangeCypher.History(query), AccessMode.Read, cancellationToken).ConfigureAwait(false)).Single();
        var items = row.Get<IReadOnlyList<object?>>("items").Cast<Neo4jNode>().Select(ChangeMapper.FromNode).ToList();
        return new ChangeHistoryPage(await CompleteCreationsAsync(items, cancellationToken).ConfigureAwait(false), row.Get<int>("total"), row.Get<bool>("hasMore"));
    }

    public async Task<IReadOnlyList<ChangeRecord>> GetRecentChangesAsync(
        IReadOnlyCollection<string> subjectKeys, ChangeSubjectKind subjectKind, int takePerSubject, CancellationToken cancellationToken = default)
    {
        if (RecentChangesQuery.AsksForNothing(subjectKeys, takePerSubject))
        {
            return [];
        }

        var result = await client.RunAsync(ChangeCypher.Recent(subjectKeys, subjectKind, takePerSubject), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return await CompleteCreationsAsync(result.Records.Select(r => ChangeMapper.FromNode(r.Get<Neo4jNode>("c"))).ToList(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(GraphCypher.Version(), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        return result.Single().Get<long>("version");
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var result = await client.RunAsync(GraphCypher.Statistics(), AccessMode.Read, cancellationToken).ConfigureAwait(false);
        var row = result.Single();
        var byKind = new Dictionary<EntityKind, int>();
        foreach (var pair in row.Get<IReadOnlyList<object?>>("kinds").Cast<IReadOnlyList<object?>>())
        {
            if (EntityKinds.TryParse(pair[0] as string, out var kind))
            {
                byKind[kind] = (int)(long)pair[1]!;
            }
        }

        var byType = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in row.Get<IReadOnlyList<object?>>("types").Cast<IReadOnlyList<object?>>())
        {
            byType[(string)pair[0]!] = (int)(long)pair[1]!;
        }

        return new GraphStatistics(byKind, byType, row.Get<int>("sources"), row.Get<long>("version"));
    }

    public IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) =>
        ReadAllAsync(SourceCypher.ReadAllBatch, r => SourceMapper.FromNode(r.Get<Neo4jNode>("s")), s => s.Key, cancellationToken);

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) =>
        ReadAllAsync(EntityCypher.ReadAllBatch, r => EntityMapper.FromNode(r.Get<Neo4jNode>("n")), e => e.Key, cancellationToken);

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) =>
        ReadAllAsync(RelationshipCypher.ReadAllBatch, ToRelationship, r => r.Key, cancellationToken);

    internal static Relationship ToRelationship(QueryRecord record) =>
        RelationshipMapper.FromRelationship(record.Get<Neo4jRelationship>("r"), record.Get<string>("fromKey"), record.Get<string>("toKey"));

    private async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<string?, int, CypherStatement> batch,
        Func<QueryRecord, T> map,
        Func<T, string> keyOf,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var result = await client.RunAsync(batch(after, _batchSize), AccessMode.Read, cancellationToken).ConfigureAwait(false);
            foreach (var record in result.Records)
            {
                var item = map(record);
                after = keyOf(item);
                yield return item;
            }

            if (result.Records.Count < _batchSize)
            {
                yield break;
            }
        }
    }

    private async Task<AppliedChangeSet> ApplyInTransactionAsync(Neo4jTransaction tx, GraphChangeSet changes, CancellationToken ct)
    {
        var version = (await tx.RunAsync(WriteCypher.LockGraph(), ct).ConfigureAwait(false)).Single().Get<long>("version");
        var written = await new Neo4jChangeWriter(tx, _batchSize)
            .WriteAsync(changes, new RecordsWritten(changes.Progress, changes.RecordCount).Advance, ct).ConfigureAwait(false);
        if (written is null)
        {
            return new AppliedChangeSet(new GraphChangeResult(version, 0, 0, 0, 0, 0, 0), Wrote: false);
        }

        var changeCount = written.Recorder.CountChanges();
        var bumped = (await tx.RunAsync(WriteCypher.BumpGraphVersion(changeCount), ct).ConfigureAwait(false)).Single();
        var result = written.Counts with { GraphVersion = bumped.Get<long>("version") };
        if (changeCount == 0)
        {
            return new AppliedChangeSet(result, Wrote: true);
        }

        var firstSequence = bumped.Get<long>("lastSequence") + 1;
        var writeId = Guid.NewGuid().ToString("N");
        var records = written.Recorder.Complete(firstSequence, result.GraphVersion, changes.Author, _time.GetUtcNow());
        await Neo4jChangeWriter.RecordAsync(tx, records, writeId, _batchSize, ct).ConfigureAwait(false);
        return new AppliedChangeSet(result, Wrote: true, writeId, firstSequence);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Relationship key constraint for {Type} could not be created ({Code}: {Reason}); using a property index instead, and trying again on the next start")]
    private static partial void LogRelationshipConstraintFallback(ILogger logger, string type, string code, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropping key index {Name} of {Type}, which no constraint owns, to create the key constraint in its place")]
    private static partial void LogReplacingKeyIndex(ILogger logger, string name, string type);
}
