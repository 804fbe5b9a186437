using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphQL;
using KnowledgeGraph.Caching.Versioning;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Subscriptions;
using KnowledgeGraph.GraphQL.Tests.Authorization;
using KnowledgeGraph.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Tests.Subscriptions;

/// <summary>
/// <c>entityChanged</c> streams share one <see cref="EntityChangeHub"/>: a graph change costs one store read for every
/// subscriber of every entity, and each subscriber hears only of its own entity, in order.
/// </summary>
public sealed class EntityChangeHubTests : IAsyncLifetime
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);
    private readonly GraphChangeFeed _feed = new();
    private readonly List<Subscriber> _subscribers = [];
    private SqliteStoreFactory _store = null!;
    private GraphQLTestHost _host = null!;
    private AsyncServiceScope _scope;

    private int StoreReads => _host.Store.CallsTo(nameof(IGraphStore.GetEntitiesAsync));

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create());
        _host = new GraphQLTestHost(_store.Store, configureServices: services => services.AddSingleton<IGraphChangeFeed>(_feed));
        _scope = _host.Services.CreateAsyncScope();
    }

    public async Task DisposeAsync()
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber.Dispose();
        }

        await _scope.DisposeAsync();
        await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Each_graph_change_is_one_store_read_for_all_subscribers_of_all_entities()
    {
        var gateway = new List<Subscriber>();
        for (var i = 0; i < 3; i++)
        {
            gateway.Add(await SubscribeAsync("Project", "khorgos-gateway"));
        }

        var ktz = await SubscribeAsync("Company", "ktz");
        var cnpc = await SubscribeAsync("Company", "cnpc");
        _host.Store.Reset();

        await RenameAsync("khorgos-gateway", "Khorgos Gateway, renamed");
        foreach (var subscriber in gateway)
        {
            Assert.Equal("Khorgos Gateway, renamed", (await subscriber.NextAsync())?["name"]?.GetValue<string>());
        }

        Assert.Equal(1, StoreReads);

        await RenameAsync("ktz", "KTZ, renamed");
        Assert.Equal("KTZ, renamed", (await ktz.NextAsync())?["name"]?.GetValue<string>());
        Assert.Equal(2, StoreReads);

        await ApplyAndAnnounceAsync(new GraphChangeSet { DeleteEntityKeys = ["cnpc"] });
        Assert.Null(await cnpc.NextAsync());
        await cnpc.CompletionAsync();
        Assert.Equal(3, StoreReads);

        // Reads run one after another, so the earlier changes' fan-outs are over: nobody heard of another's change.
        Assert.All(gateway, subscriber => Assert.Equal(0, subscriber.Pending));
        Assert.Equal(0, ktz.Pending);
    }

    [Fact]
    public async Task A_subscriber_sees_the_versions_of_its_entity_in_order()
    {
        var subscriber = await SubscribeAsync("Company", "ktz");

        await RenameAsync("ktz", "first");
        await RenameAsync("ktz", "second");
        var last = await RenameAsync("ktz", "third");
        var versions = new List<long>();
        JsonNode? next;
        do
        {
            next = await subscriber.NextAsync();
            versions.Add(next!["version"]!.GetValue<long>());
        }
        while (next["name"]?.GetValue<string>() != "third");

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(last, versions[^1]);
    }

    [Fact]
    public async Task The_hub_listens_to_the_feed_once_and_only_while_someone_subscribes()
    {
        var first = await SubscribeAsync("Company", "ktz");
        var second = await SubscribeAsync("Project", "khorgos-gateway");
        var listenedWhileSubscribed = _feed.ObserverCount;

        first.Dispose();
        second.Dispose();
        _host.Store.Reset();
        await RenameAsync("ktz", "nobody is listening");

        Assert.Equal(1, listenedWhileSubscribed);
        Assert.Equal(0, _feed.ObserverCount);
        Assert.Equal(0, _host.Services.GetRequiredService<EntityChangeHub>().WatcherCount);
        Assert.Equal(0, StoreReads);
    }

    private async Task<Subscriber> SubscribeAsync(string typeName, string key)
    {
        var result = await _host.Services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = _host.Schema,
            Query = $$"""subscription { entityChanged(id: "{{GlobalId.Encode(typeName, key)}}") { key name version } }""",
            RequestServices = _scope.ServiceProvider,
            User = Callers.Reader,
        });
        Assert.Null(result.Errors);
        var subscriber = new Subscriber(Assert.Single(result.Streams!).Value, _host.Services.GetRequiredService<IGraphQLTextSerializer>());
        _subscribers.Add(subscriber);
        return subscriber;
    }

    /// <summary>Renames the entity in the store and announces the new graph version, as a write on the service does.</summary>
    private async Task<long> RenameAsync(string key, string name)
    {
        var entity = (await _store.Store.GetEntitiesAsync([key])).Single();
        await ApplyAndAnnounceAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(entity with { Name = name })] });
        return (await _store.Store.GetEntitiesAsync([key])).Single().Version;
    }

    private async Task ApplyAndAnnounceAsync(GraphChangeSet changes)
    {
        var result = await _store.Store.ApplyAsync(changes);
        Assert.True(result.Changed);
        _feed.Publish(result.GraphVersion);
    }

    /// <summary>One subscription's <c>entityChanged</c> values as JSON, in the order they were pushed.</summary>
    private sealed class Subscriber : IObserver<ExecutionResult>, IDisposable
    {
        private readonly Channel<JsonNode?> _events = Channel.CreateUnbounded<JsonNode?>();
        private readonly IGraphQLTextSerializer _serializer;
        private readonly IDisposable _subscription;

        public Subscriber(IObservable<ExecutionResult> stream, IGraphQLTextSerializer serializer)
        {
            _serializer = serializer;
            _subscription = stream.Subscribe(this);
        }

        public int Pending => _events.Reader.Count;

        public void OnNext(ExecutionResult value) =>
            _events.Writer.TryWrite(JsonNode.Parse(_serializer.Serialize(value))?["data"]?["entityChanged"]?.DeepClone());

        public void OnError(Exception error) => _events.Writer.TryComplete(error);

        public void OnCompleted() => _events.Writer.TryComplete();

        public async Task<JsonNode?> NextAsync()
        {
            using var timeout = new CancellationTokenSource(EventTimeout);
            return await _events.Reader.ReadAsync(timeout.Token);
        }

        public Task CompletionAsync() => _events.Reader.Completion.WaitAsync(EventTimeout);

        public void Dispose() => _subscription.Dispose();
    }
}
