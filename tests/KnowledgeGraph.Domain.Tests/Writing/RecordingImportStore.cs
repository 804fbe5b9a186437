using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Tests.Writing;

/// <summary>
/// An in-memory store that records what reaches it: every change set applied, every part written into an import
/// session, whether the session was committed or rolled back. It refuses, as a store does inside its transaction, a
/// relationship whose end is in <see cref="VanishedAtCommit"/> (an entity deleted by another writer meanwhile). Only
/// the reads the write path makes are answered.
/// </summary>
internal sealed class RecordingImportStore : IGraphStore
{
    public Dictionary<string, Entity> Entities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Source> Sources { get; } = new(StringComparer.Ordinal);

    public HashSet<string> VanishedAtCommit { get; } = new(StringComparer.Ordinal);

    public List<GraphChangeSet> Applied { get; } = [];

    public List<GraphChangeSet> PartsWritten { get; } = [];

    public int Commits { get; private set; }

    public int RollBacks { get; private set; }

    public long GraphVersion { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Entity>>(keys.Where(Entities.ContainsKey).Select(k => Entities[k]).ToList());

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Source>>(keys.Where(Sources.ContainsKey).Select(k => Sources[k]).ToList());

    public Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Relationship>>([]);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Task.FromResult(new GraphStatistics(
        Entities.Values.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count()), new Dictionary<string, int>(), Sources.Count, GraphVersion));

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => Task.FromResult(GraphVersion);

    public Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default)
    {
        Refuse(changes);
        Applied.Add(changes);
        return Task.FromResult(Store(changes));
    }

    public Task<IGraphImportSession> BeginImportAsync(GraphImport import, CancellationToken cancellationToken = default) =>
        Task.FromResult<IGraphImportSession>(new Session(this));

    public Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private void Refuse(GraphChangeSet changes)
    {
        var errors = changes.UpsertRelationships
            .Select((r, i) => VanishedAtCommit.Contains(r.ToKey)
                ? new ValidationError($"upsertRelationships[{i}].to", ValidationCodes.MissingEndpoint, $"No entity has the key '{r.ToKey}'.")
                : null)
            .OfType<ValidationError>()
            .ToList();
        if (errors.Count > 0)
        {
            throw new ValidationException(errors);
        }
    }

    /// <summary>Stores the upserts; counts as written what was new or differed from what was stored.</summary>
    private GraphChangeResult Store(GraphChangeSet changes)
    {
        var entities = changes.UpsertEntities.Count(u => !Entities.TryGetValue(u.Entity.Key, out var stored) || !UnchangedRecords.Same(u.Entity, stored));
        var sources = changes.UpsertSources.Count(s => !Sources.TryGetValue(s.Key, out var stored) || s != stored);
        foreach (var upsert in changes.UpsertEntities)
        {
            Entities[upsert.Entity.Key] = upsert.Entity;
        }

        foreach (var source in changes.UpsertSources)
        {
            Sources[source.Key] = source;
        }

        var changed = entities + sources + changes.UpsertRelationships.Count > 0;
        GraphVersion += changed ? 1 : 0;
        return new GraphChangeResult(GraphVersion, entities, changes.UpsertRelationships.Count, sources, 0, 0, 0);
    }

    /// <summary>Parts are kept until the commit, as one transaction keeps them invisible until then.</summary>
    private sealed class Session(RecordingImportStore store) : IGraphImportSession
    {
        private readonly List<GraphChangeSet> _parts = [];
        private bool _committed;

        public Task<GraphChangeResult> WriteAsync(GraphChangeSet part, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            store.Refuse(part);
            store.PartsWritten.Add(part);
            _parts.Add(part);
            return Task.FromResult(new GraphChangeResult(0, 0, 0, 0, 0, 0, 0));
        }

        public Task<GraphChangeResult> CommitAsync(CancellationToken cancellationToken = default)
        {
            var results = _parts.Select(store.Store).ToList();
            _committed = true;
            store.Commits++;
            return Task.FromResult(new GraphChangeResult(
                store.GraphVersion, results.Sum(r => r.EntitiesWritten), results.Sum(r => r.RelationshipsWritten), results.Sum(r => r.SourcesWritten), 0, 0, 0));
        }

        public ValueTask DisposeAsync()
        {
            store.RollBacks += _committed ? 0 : 1;
            return ValueTask.CompletedTask;
        }
    }
}
