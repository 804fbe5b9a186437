using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Storage.Neo4j.Client;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>The bookmarks of the store's Query API client, for the version announcements between instances.</summary>
public sealed class Neo4jGraphBookmarks(Neo4jQueryClient client) : IGraphBookmarks
{
    public IReadOnlyList<string> Current => client.Bookmarks;

    public void Observe(IReadOnlyCollection<string> bookmarks) => client.ObserveBookmarks(bookmarks);
}
