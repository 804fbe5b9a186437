namespace KnowledgeGraph.Storage.Neo4j.Writing;

/// <summary>
/// Items in the order they were last added, one per key: adding a key again drops its earlier item, as removing it
/// and appending would, but in constant time, so a part of many thousand records is planned in linear time.
/// </summary>
internal sealed class LatestByKey<T>
    where T : class
{
    private readonly List<T?> _slots = [];
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);

    public void Add(string key, T item)
    {
        Remove(key);
        _slotOf[key] = _slots.Count;
        _slots.Add(item);
    }

    public void Remove(string key)
    {
        if (_slotOf.Remove(key, out var slot))
        {
            _slots[slot] = null;
        }
    }

    public List<T> ToList() => _slots.OfType<T>().ToList();
}
