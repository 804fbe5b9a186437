namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>
/// Two service instances (own providers, own L1, own multiplexers) over one SQLite file and one real redis-server,
/// both caching and both at the version of <see cref="SampleGraph.Initial"/>, written through <see cref="A"/>.
/// </summary>
public sealed class InstancePair : IAsyncDisposable
{
    private readonly TempDatabase _database = new();

    private InstancePair(RedisServer redis)
    {
        Redis = redis;
    }

    public RedisServer Redis { get; }

    public GraphInstance A { get; private set; } = null!;

    public GraphInstance B { get; private set; } = null!;

    public static async Task<InstancePair> StartAsync(bool sqliteTraversal = false)
    {
        var pair = new InstancePair(await RedisServer.StartAsync());
        try
        {
            pair.A = await GraphInstance.StartAsync(pair._database.Path, pair.Redis.ConnectionString, sqliteTraversal: sqliteTraversal);
            pair.B = await GraphInstance.StartAsync(pair._database.Path, pair.Redis.ConnectionString, sqliteTraversal: sqliteTraversal);
            await pair.A.WaitUntilCachingAsync();
            await pair.B.WaitUntilCachingAsync();
            var seeded = await pair.A.Store.ApplyAsync(SampleGraph.Initial);
            await pair.B.WaitUntilVersionAsync(seeded.GraphVersion);
            return pair;
        }
        catch
        {
            // xunit does not call DisposeAsync when set-up fails: stop the server here.
            await pair.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        await Redis.DisposeAsync();
        _database.Dispose();
    }
}
