namespace KnowledgeGraph.Api.Http.Caching;

/// <summary>
/// Keeps account of the entries one instance has put in a shared cache, so that it holds at most a number of entries
/// and bytes and no client more than its share of either. Admitting an entry names the entries to remove to make
/// room: the client's own least recently used first when it is over its share, else the instance's least recently
/// used. A client can therefore flood only its own share, and honest clients' entries survive it.
/// </summary>
public sealed class CacheBudget
{
    private readonly Lock gate = new();
    private readonly LinkedList<Entry> recency = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClientUsage> clients = new(StringComparer.Ordinal);
    private readonly int maxEntries;
    private readonly long maxBytes;
    private readonly int maxClientEntries;
    private readonly long maxClientBytes;
    private long bytes;

    public CacheBudget(int maxEntries, long maxBytes, double maxClientShare)
    {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        maxClientEntries = Math.Max(1, (int)(maxEntries * maxClientShare));
        maxClientBytes = Math.Max(1, (long)(maxBytes * maxClientShare));
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    /// <summary>
    /// Records that <paramref name="key"/> (of <paramref name="size"/> bytes, put there by <paramref name="client"/>)
    /// is in the cache, or was used again; returns the keys to remove from the cache, which include
    /// <paramref name="key"/> itself when it is larger than a client's share.
    /// </summary>
    public IReadOnlyList<string> Admit(string key, string client, long size)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var known))
            {
                recency.Remove(known.Node);
                recency.AddLast(known.Node);
                var owner = clients[known.Client].Order;
                owner.Remove(known.ClientNode);
                owner.AddLast(known.ClientNode);
                return [];
            }

            if (size > maxClientBytes)
            {
                return [key];
            }

            var usage = clients.TryGetValue(client, out var existing) ? existing : clients[client] = new ClientUsage();
            var entry = new Entry(key, client, size);
            entry.Node = recency.AddLast(entry);
            entry.ClientNode = usage.Order.AddLast(entry);
            entries[key] = entry;
            usage.Entries++;
            usage.Bytes += size;
            bytes += size;

            List<string>? evicted = null;
            while (usage.Entries > maxClientEntries || usage.Bytes > maxClientBytes)
            {
                Evict(usage.Order.First!.Value, ref evicted);
            }

            while (entries.Count > maxEntries || bytes > maxBytes)
            {
                Evict(recency.First!.Value, ref evicted);
            }

            return evicted ?? (IReadOnlyList<string>)[];
        }
    }

    /// <summary>Forgets <paramref name="key"/>, e.g. after the cache dropped it.</summary>
    public void Forget(string key)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var entry))
            {
                List<string>? ignored = null;
                Evict(entry, ref ignored);
            }
        }
    }

    private void Evict(Entry entry, ref List<string>? evicted)
    {
        recency.Remove(entry.Node);
        entries.Remove(entry.Key);
        bytes -= entry.Size;
        var usage = clients[entry.Client];
        usage.Order.Remove(entry.ClientNode);
        usage.Entries--;
        usage.Bytes -= entry.Size;
        if (usage.Entries == 0)
        {
            clients.Remove(entry.Client);
        }

        (evicted ??= []).Add(entry.Key);
    }

    private sealed class Entry(string key, string client, long size)
    {
        public string Key { get; } = key;

        public string Client { get; } = client;

        public long Size { get; } = size;

        public LinkedListNode<Entry> Node { get; set; } = null!;

        public LinkedListNode<Entry> ClientNode { get; set; } = null!;
    }

    private sealed class ClientUsage
    {
        public LinkedList<Entry> Order { get; } = new();

        public int Entries { get; set; }

        public long Bytes { get; set; }
    }
}
