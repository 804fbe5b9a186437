using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Ports;

/// <summary>
/// The import session of a store without a bulk path: the parts are gathered and applied as one change set at commit,
/// so the import stays one transaction (its memory then grows with the import).
/// </summary>
public sealed class BufferedImportSession(IGraphStore store, GraphImport import) : IGraphImportSession
{
    private readonly List<Sources.Source> _sources = [];
    private readonly List<EntityUpsert> _entities = [];
    private readonly List<Relationships.Relationship> _relationships = [];

    public Task<GraphChangeResult> WriteAsync(GraphChangeSet part, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(part);
        cancellationToken.ThrowIfCancellationRequested();
        _sources.AddRange(part.UpsertSources);
        _entities.AddRange(part.UpsertEntities);
        _relationships.AddRange(part.UpsertRelationships);
        return Task.FromResult(new GraphChangeResult(0, 0, 0, 0, 0, 0, 0));
    }

    public Task<GraphChangeResult> CommitAsync(CancellationToken cancellationToken = default) =>
        store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = _sources,
            UpsertEntities = _entities,
            UpsertRelationships = _relationships,
            Author = import.Author,
            Progress = import.Progress,
        }, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
