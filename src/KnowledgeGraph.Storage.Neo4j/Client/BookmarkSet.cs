namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>
/// The bookmarks a client sends with every transaction, managed as Neo4j's drivers manage theirs: a transaction that was
/// sent some bookmarks answers with one that covers them, so the answer takes their place; bookmarks learned from
/// elsewhere (another instance's write) are added until a transaction sent with them answers. The set therefore holds
/// at most a bookmark per transaction under way, plus those learned since.
/// </summary>
internal sealed class BookmarkSet
{
    private readonly Lock _gate = new();
    private string[] _bookmarks = [];

    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_gate)
            {
                return _bookmarks;
            }
        }
    }

    /// <summary>A transaction sent <paramref name="sent"/> and answered <paramref name="received"/>; an empty answer changes nothing.</summary>
    public void Replace(IReadOnlyCollection<string> sent, IReadOnlyCollection<string> received)
    {
        if (received.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _bookmarks = [.. _bookmarks.Where(b => !sent.Contains(b)).Union(received, StringComparer.Ordinal)];
        }
    }

    /// <summary>Adds bookmarks learned from elsewhere: every following transaction waits until it sees their writes.</summary>
    public void Add(IEnumerable<string> bookmarks)
    {
        lock (_gate)
        {
            _bookmarks = [.. _bookmarks.Union(bookmarks.Where(b => b.Length > 0), StringComparer.Ordinal)];
        }
    }
}
