using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task GetEntities_round_trips_every_field_and_property_type()
    {
        var store = await CreateStoreAsync();
        var entity = new Entity
        {
            Key = "khorgos-gateway",
            Kind = EntityKind.Project,
            Name = "Khorgos Gateway",
            Aliases = ["Хоргос", "霍尔果斯", "Qorğas \"dry\" port"],
            Description = "Dry port on the Kazakhstan–China border.\nSecond line.",
            SourceKeys = ["source-b", "source-a"],
            Properties = new Dictionary<string, PropertyValue>
            {
                ["sector"] = Text("Logistics"),
                ["status"] = Text("Operational"),
                ["startYear"] = Int(2015),
                ["lengthKm"] = Num(3.0),
                ["capacity"] = Num(540000.25),
                ["investmentAmount"] = Num(1.2e20),
                ["capacityUnit"] = Text("TEU per year — ёмкость"),
            },
        };
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source("source-a"), Source("source-b")],
            UpsertEntities = [new EntityUpsert(entity)],
        });

        var stored = await GetEntityAsync(store, "khorgos-gateway");

        Assert.NotNull(stored);
        Assert.Equal(entity.Key, stored.Key);
        Assert.Equal(entity.Kind, stored.Kind);
        Assert.Equal(entity.Name, stored.Name);
        Assert.Equal(entity.Aliases, stored.Aliases);
        Assert.Equal(entity.Description, stored.Description);
        Assert.Equal(entity.SourceKeys.Order(StringComparer.Ordinal), stored.SourceKeys.Order(StringComparer.Ordinal));
        Assert.Equal(entity.Properties.Count, stored.Properties.Count);
        foreach (var (name, value) in entity.Properties)
        {
            Assert.Equal(value, stored.Property(name));
        }

        Assert.Equal(PropertyType.Number, stored.Property("lengthKm")!.Value.Type);
        Assert.Equal(PropertyType.Integer, stored.Property("startYear")!.Value.Type);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task GetEntities_round_trips_an_entity_without_optional_fields()
    {
        var store = await CreateStoreWithAsync([Entity("bare", EntityKind.Person, "Bare Person")]);

        var stored = await GetEntityAsync(store, "bare");

        Assert.NotNull(stored);
        Assert.Null(stored.Description);
        Assert.Empty(stored.Aliases);
        Assert.Empty(stored.Properties);
        Assert.Equal([DefaultSourceKey], stored.SourceKeys);
    }

    [Fact]
    public async Task GetEntities_round_trips_extreme_numbers()
    {
        var store = await CreateStoreWithAsync([
            Entity("region-a", EntityKind.Region, "Region A", properties: [("latitude", Num(-89.123456789012345)), ("longitude", Num(0.1))]),
            Entity("project-a", properties: [("startYear", Int(long.MaxValue)), ("capacity", Num(double.Epsilon)), ("lengthKm", Num(-0.5))]),
        ]);

        var region = await GetEntityAsync(store, "region-a");
        var project = await GetEntityAsync(store, "project-a");

        Assert.Equal(-89.123456789012345, region!.Property("latitude")!.Value.Number);
        Assert.Equal(0.1, region.Property("longitude")!.Value.Number);
        Assert.Equal(long.MaxValue, project!.Property("startYear")!.Value.Integer);
        Assert.Equal(double.Epsilon, project.Property("capacity")!.Value.Number);
        Assert.Equal(-0.5, project.Property("lengthKm")!.Value.Number);
    }

    [Fact]
    public async Task GetEntities_returns_the_known_keys_of_a_batch_and_leaves_out_unknown_ones()
    {
        var store = await CreateStoreWithAsync([Entity("a"), Entity("b"), Entity("c")]);

        var found = await store.GetEntitiesAsync(["c", "missing", "a", "also-missing"]);

        Assert.Equal(["a", "c"], found.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetEntities_with_no_keys_returns_nothing()
    {
        var store = await CreateStoreWithAsync([Entity("a")]);

        var found = await store.GetEntitiesAsync([]);

        Assert.Empty(found);
    }

    [Fact]
    public async Task GetEntities_reads_a_batch_of_thousands_of_keys_in_one_call()
    {
        var entities = Enumerable.Range(0, 300).Select(i => Entity($"project-{i:D4}")).ToList();
        var store = await CreateStoreWithAsync(entities);
        var keys = Enumerable.Range(0, 12000).Select(i => $"project-{i:D4}").ToList();

        var found = await store.GetEntitiesAsync(keys);

        Assert.Equal(300, found.Count);
        Assert.Equal(300, found.Select(e => e.Key).Distinct().Count());
    }

    [Fact]
    public async Task GetSources_round_trips_every_field_and_leaves_out_unknown_keys()
    {
        var store = await CreateStoreAsync();
        var full = new Source
        {
            Key = "full-source",
            Title = "Хоргос: ворота на Восток",
            Publisher = "Kazinform",
            Url = "https://example.org/articles/1?lang=ru",
            PublishedOn = new DateOnly(2019, 12, 31),
            AccessedOn = new DateOnly(2025, 1, 2),
        };
        var bare = new Source { Key = "bare-source", Title = "Bare" };
        await store.ApplyAsync(new GraphChangeSet { UpsertSources = [full, bare] });

        var found = await store.GetSourcesAsync(["full-source", "bare-source", "nope"]);

        Assert.Equal(2, found.Count);
        Assert.Equal(full, found.Single(s => s.Key == "full-source"));
        Assert.Equal(bare, found.Single(s => s.Key == "bare-source"));
    }

    [Fact]
    public async Task GetRelationshipsByKey_round_trips_every_field_and_leaves_out_unknown_keys()
    {
        var store = await CreateStoreAsync();
        var full = new Relationship
        {
            Key = "gateway-owned-by-ktz",
            Type = RelationshipTypes.OwnedBy,
            FromKey = "gateway",
            ToKey = "ktz",
            Role = "shareholder",
            SinceYear = 2017,
            UntilYear = 2030,
            Amount = 49.5,
            Currency = "USD",
            Note = "Stake of 49 %, \"reported\".",
            Confidence = Confidence.Reported,
            SourceKeys = ["source-b", "source-a"],
        };
        var bare = Relationship("gateway-located-in-kz", RelationshipTypes.LocatedIn, "gateway", "kz", sourceKeys: ["source-a"]);
        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source("source-a"), Source("source-b")],
            UpsertEntities =
            [
                new EntityUpsert(Entity("gateway", sourceKeys: ["source-a"])),
                new EntityUpsert(Entity("ktz", EntityKind.Company, sourceKeys: ["source-a"])),
                new EntityUpsert(Entity("kz", EntityKind.Region, sourceKeys: ["source-a"])),
            ],
            UpsertRelationships = [full, bare],
        });

        var found = await store.GetRelationshipsByKeyAsync(["gateway-owned-by-ktz", "gateway-located-in-kz", "unknown"]);

        Assert.Equal(2, found.Count);
        var storedFull = found.Single(r => r.Key == full.Key);
        Assert.Equal(full with { SourceKeys = [] }, storedFull with { SourceKeys = [] });
        Assert.Equal(["source-a", "source-b"], storedFull.SourceKeys.Order(StringComparer.Ordinal));
        var storedBare = found.Single(r => r.Key == bare.Key);
        Assert.Null(storedBare.Role);
        Assert.Null(storedBare.SinceYear);
        Assert.Null(storedBare.UntilYear);
        Assert.Null(storedBare.Amount);
        Assert.Null(storedBare.Currency);
        Assert.Null(storedBare.Note);
        Assert.Equal(Confidence.Confirmed, storedBare.Confidence);
        Assert.Equal(["source-a"], storedBare.SourceKeys);
    }

    [Fact]
    public async Task InitializeAsync_is_idempotent_and_keeps_data()
    {
        var store = await CreateStoreWithAsync([Entity("kept")]);

        await store.InitializeAsync();
        await store.InitializeAsync();

        Assert.NotNull(await GetEntityAsync(store, "kept"));
    }
}
