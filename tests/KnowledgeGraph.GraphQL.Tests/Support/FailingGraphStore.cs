using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>A store whose reads all throw the given exception, to test how failures reach clients.</summary>
public sealed class FailingGraphStore(Exception failure) : IGraphStore
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => Fail<IReadOnlyList<Entity>>();

    public Task<EntityPage> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) => Fail<EntityPage>();

    public Task<IReadOnlyList<RelationshipHit>> GetRelationshipsAsync(
        IReadOnlyCollection<string> anchorKeys, RelationshipQuery query, CancellationToken cancellationToken = default) => Fail<IReadOnlyList<RelationshipHit>>();

    public Task<IReadOnlyList<Relationship>> GetRelationshipsByKeyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Fail<IReadOnlyList<Relationship>>();

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => Fail<IReadOnlyList<Source>>();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Fail<IReadOnlyList<SearchHit>>();

    public Task<GraphChangeResult> ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken = default) => Fail<GraphChangeResult>();

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => Fail<long>();

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Fail<GraphStatistics>();

    public IAsyncEnumerable<Source> ReadAllSourcesAsync(CancellationToken cancellationToken = default) => throw failure;

    public IAsyncEnumerable<Entity> ReadAllEntitiesAsync(CancellationToken cancellationToken = default) => throw failure;

    public IAsyncEnumerable<Relationship> ReadAllRelationshipsAsync(CancellationToken cancellationToken = default) => throw failure;

    private Task<T> Fail<T>() => Task.FromException<T>(failure);
}
