using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;

namespace KnowledgeGraph.Exchange.Snapshots;

/// <summary>
/// The records an export writes: a whole graph or a part of it (a neighbourhood, paths), each sequence ordered by key.
/// Every export format reads a snapshot, so the command line and the HTTP endpoints write the same bytes for the
/// same records. A sequence may be read once per call; each call starts again.
/// </summary>
public interface IGraphSnapshot
{
    IAsyncEnumerable<Source> ReadSourcesAsync(CancellationToken cancellationToken = default);

    IAsyncEnumerable<Entity> ReadEntitiesAsync(CancellationToken cancellationToken = default);

    IAsyncEnumerable<Relationship> ReadRelationshipsAsync(CancellationToken cancellationToken = default);
}
