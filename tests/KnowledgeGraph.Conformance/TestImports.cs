using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;

namespace KnowledgeGraph.Conformance;

/// <summary>Imports for tests that need the import path but not its parts: one session, one part, committed.</summary>
public static class TestImports
{
    public static async Task<GraphChangeResult> ImportAsync(IGraphStore store, GraphChangeSet changes, ChangeAuthor? author = null)
    {
        await using var session = await store.BeginImportAsync(new GraphImport(author, changes.RecordCount));
        await session.WriteAsync(changes);
        return await session.CommitAsync();
    }
}
