using KnowledgeGraph.Domain.Copying;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Copying;

public sealed class GraphCopierTests : IDisposable
{
    private readonly TemporarySqliteStore _from = new();
    private readonly TemporarySqliteStore _to = new();

    public void Dispose()
    {
        _from.Dispose();
        _to.Dispose();
    }

    private async Task SeedAsync()
    {
        await _from.Store.InitializeAsync();
        await _to.Store.InitializeAsync();
        await _from.Store.ApplyAsync(new GraphChangeSet
        {
            UpsertSources = [Source(), Source("second")],
            UpsertEntities =
            [
                new EntityUpsert(Entity("khorgos", name: "Khorgos Gateway", aliases: ["Horgos"], description: "Dry port", properties: [("startYear", Int(2015)), ("lengthKm", Num(2.5))])),
                new EntityUpsert(Entity("kz", EntityKind.Region, "Kazakhstan", sourceKeys: ["second"])),
                new EntityUpsert(Entity("ktz", EntityKind.Company, "KTZ")),
            ],
            UpsertRelationships =
            [
                Relationship("khorgos-in-kz", RelationshipTypes.LocatedIn, "khorgos", "kz"),
                Relationship("khorgos-by-ktz", RelationshipTypes.OperatedBy, "khorgos", "ktz", role: "operator") with { SinceYear = 2017, Amount = 1.5, Currency = "USD" },
            ],
        });
    }

    [Fact]
    public async Task CopyAsync_copies_every_source_entity_and_relationship_field_by_field()
    {
        await SeedAsync();

        var result = await new GraphCopier().CopyAsync(_from.Store, _to.Store, new GraphCopyOptions { BatchSize = 2 });

        Assert.Equal((2, 3, 2), (result.Sources, result.Entities, result.Relationships));
        Assert.Equal(await ToListAsync(_from.Store.ReadAllSourcesAsync()), await ToListAsync(_to.Store.ReadAllSourcesAsync()));
        Assert.Equal(Describe(await ToListAsync(_from.Store.ReadAllEntitiesAsync())), Describe(await ToListAsync(_to.Store.ReadAllEntitiesAsync())));
        Assert.Equal(Describe(await ToListAsync(_from.Store.ReadAllRelationshipsAsync())), Describe(await ToListAsync(_to.Store.ReadAllRelationshipsAsync())));
        Assert.Equal(await _to.Store.GetGraphVersionAsync(), result.TargetGraphVersion);
    }

    [Fact]
    public async Task CopyAsync_reports_progress_per_batch()
    {
        await SeedAsync();
        var reports = new List<GraphCopyProgress>();

        await new GraphCopier().CopyAsync(_from.Store, _to.Store, new GraphCopyOptions { BatchSize = 2 }, new SynchronousProgress(reports.Add));

        Assert.Equal(
            [new GraphCopyProgress("sources", 2), new GraphCopyProgress("entities", 2), new GraphCopyProgress("entities", 3), new GraphCopyProgress("relationships", 2)],
            reports);
    }

    [Fact]
    public async Task CopyAsync_refuses_a_target_that_is_not_empty_unless_allowed_and_then_changes_nothing_on_a_rerun()
    {
        await SeedAsync();
        await new GraphCopier().CopyAsync(_from.Store, _to.Store);
        var version = await _to.Store.GetGraphVersionAsync();

        var refusal = await Assert.ThrowsAsync<ValidationException>(() => new GraphCopier().CopyAsync(_from.Store, _to.Store));
        await new GraphCopier().CopyAsync(_from.Store, _to.Store, new GraphCopyOptions { RequireEmptyTarget = false });

        Assert.Equal(DomainErrorCodes.TargetNotEmpty, Assert.Single(refusal.Errors).Code);
        Assert.Equal(version, await _to.Store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task CopyAsync_of_an_empty_store_copies_nothing()
    {
        await _from.Store.InitializeAsync();
        await _to.Store.InitializeAsync();

        var result = await new GraphCopier().CopyAsync(_from.Store, _to.Store);

        Assert.Equal((0, 0, 0), (result.Sources, result.Entities, result.Relationships));
    }

    [Fact]
    public async Task CopyAsync_refuses_to_copy_a_store_onto_itself()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new GraphCopier().CopyAsync(_from.Store, _from.Store));
    }

    private static List<string> Describe(IEnumerable<Entity> entities) =>
        entities.Select(e => $"{e.Key}|{e.Kind}|{e.Name}|{string.Join(',', e.Aliases)}|{e.Description}|{string.Join(',', e.SourceKeys)}|" +
            string.Join(',', e.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Type}:{p.Value}"))).ToList();

    private static List<string> Describe(IEnumerable<Relationship> relationships) =>
        relationships.Select(r => (r with { SourceKeys = [] }) + "|" + string.Join(',', r.SourceKeys)).ToList();

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private sealed class SynchronousProgress(Action<GraphCopyProgress> report) : IProgress<GraphCopyProgress>
    {
        public void Report(GraphCopyProgress value) => report(value);
    }
}
