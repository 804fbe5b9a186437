using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Domain.Ports;

/// <summary>
/// One import written in parts inside one transaction, so that no caller has to hold the whole of it in memory: all
/// parts are committed together by <see cref="CommitAsync"/>, or none (disposing an uncommitted session, a failed part,
/// a cancellation or a killed process leaves the store as it was). Parts hold upserts only; their records are checked
/// as <see cref="IGraphStore.ApplyAsync"/> checks a change set, against what is stored and what earlier parts wrote, and
/// a refused part throws with paths relative to that part (<c>upsertEntities[3]</c>). The whole import is one change
/// set of the history: one graph version, one author. A key is written once per import (<see cref="Importing.ImportCheck"/>
/// refuses a repeat as <c>DUPLICATE_KEY</c> before it reaches the store), so how a store would record one record
/// written by two parts is left to it.
/// </summary>
public interface IGraphImportSession : IAsyncDisposable
{
    /// <summary>Writes the next part; what it wrote, counted as <see cref="GraphChangeResult"/> counts (graph version not yet final).</summary>
    Task<GraphChangeResult> WriteAsync(GraphChangeSet part, CancellationToken cancellationToken = default);

    /// <summary>Commits every part; the totals and the graph version after the import.</summary>
    Task<GraphChangeResult> CommitAsync(CancellationToken cancellationToken = default);
}
