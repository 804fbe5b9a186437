using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

/// <summary>The change history every store keeps through <see cref="IChangeHistory"/>, written with each change set.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly ChangeAuthor Editor = new("aigerim", "Corrected the name from the 2024 report");

    [Fact]
    public async Task History_records_a_creation_with_author_comment_versions_and_the_fields_set()
    {
        var store = await CreateStoreAsync();
        var started = DateTimeOffset.UtcNow;

        var result = await store.ApplyAsync(Graph([Entity("gateway", name: "Khorgos Gateway", properties: ("lengthKm", Num(12.5)))]) with { Author = Editor });

        var change = Assert.Single(await HistoryOfAsync(store, "gateway"));
        Assert.Equal(ChangeOperation.Created, change.Operation);
        Assert.Equal(ChangeSubjectKind.Entity, change.SubjectKind);
        Assert.Equal("gateway", change.SubjectKey);
        Assert.Equal(EntityKind.Project, change.EntityKind);
        Assert.Equal("aigerim", change.Author);
        Assert.Equal("Corrected the name from the 2024 report", change.Comment);
        Assert.Equal(result.GraphVersion, change.GraphVersion);
        Assert.Equal(1, change.Version);
        Assert.Equal(TimeSpan.Zero, change.At.Offset);
        Assert.InRange(change.At, started.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Null(change.Before);
        var after = Assert.IsType<EntitySnapshot>(change.After).Entity;
        Assert.Equal("Khorgos Gateway", after.Name);
        Assert.Equal(Num(12.5), after.Property("lengthKm"));
        Assert.Equal(["kind", "name", "sourceKeys", "lengthKm"], change.ChangedFields);
    }

    [Fact]
    public async Task History_records_an_update_with_both_states_and_only_the_changed_fields()
    {
        var store = await CreateStoreWithAsync([Entity("gateway", name: "Old name", properties: ("status", Text("Planned")))]);

        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("gateway", name: "New name", properties: ("status", Text("Planned"))))],
            Author = Editor,
        });

        var change = (await HistoryOfAsync(store, "gateway"))[0];
        Assert.Equal(ChangeOperation.Updated, change.Operation);
        Assert.Equal(["name"], change.ChangedFields);
        Assert.Equal("Old name", Assert.IsType<EntitySnapshot>(change.Before).Entity.Name);
        Assert.Equal(1, ((EntitySnapshot)change.Before!).Entity.Version);
        Assert.Equal("New name", Assert.IsType<EntitySnapshot>(change.After).Entity.Name);
        Assert.Equal(2, change.Version);
        Assert.Equal("aigerim", change.Author);
    }

    [Fact]
    public async Task History_lists_an_entity_s_changes_newest_first()
    {
        var store = await CreateStoreWithAsync([Entity("gateway", name: "v1")]);
        await UpsertAsync(store, Entity("gateway", name: "v2"));
        await UpsertAsync(store, Entity("gateway", name: "v3"));

        var history = await HistoryOfAsync(store, "gateway");

        Assert.Equal([3L, 2L, 1L], history.Select(c => c.Version!.Value));
        Assert.Equal([ChangeOperation.Updated, ChangeOperation.Updated, ChangeOperation.Created], history.Select(c => c.Operation));
        Assert.True(history[0].Sequence > history[1].Sequence && history[1].Sequence > history[2].Sequence);
        Assert.True(history[0].GraphVersion > history[1].GraphVersion);
    }

    [Fact]
    public async Task History_pages_with_a_count_and_a_sequence_cursor()
    {
        var store = await CreateStoreWithAsync([Entity("gateway", name: "v1")]);
        for (var i = 2; i <= 5; i++)
        {
            await UpsertAsync(store, Entity("gateway", name: $"v{i}"));
        }

        var history = History(store);
        var first = await history.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway", Take = 2 });
        var second = await history.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway", Take = 2, BeforeSequence = first.Items[^1].Sequence });
        var last = await history.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway", Take = 2, BeforeSequence = second.Items[^1].Sequence });

        Assert.Equal([5L, 4L], first.Items.Select(c => c.Version!.Value));
        Assert.Equal([3L, 2L], second.Items.Select(c => c.Version!.Value));
        Assert.Equal([1L], last.Items.Select(c => c.Version!.Value));
        Assert.Equal([true, true, false], new[] { first.HasMore, second.HasMore, last.HasMore });
        Assert.All(new[] { first, second, last }, page => Assert.Equal(5, page.TotalCount));
    }

    [Fact]
    public async Task History_records_nothing_for_an_upsert_equal_to_what_is_stored()
    {
        var store = await CreateStoreWithAsync([Entity("gateway", aliases: ["Khorgos"])]);

        await store.ApplyAsync(Graph([Entity("gateway", aliases: ["Khorgos"])]) with { Author = Editor });

        Assert.Single(await HistoryOfAsync(store, "gateway"));
        Assert.Single(await HistoryOfAsync(store, DefaultSourceKey, ChangeSubjectKind.Source));
    }

    [Fact]
    public async Task History_records_nothing_for_a_change_set_that_fails_validation()
    {
        var store = await CreateStoreWithAsync([Entity("gateway")]);

        await Assert.ThrowsAsync<ValidationException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("gateway", name: "Renamed")), new EntityUpsert(Entity("orphan", sourceKeys: ["ghost"]))],
            Author = Editor,
        }));

        Assert.Single(await HistoryOfAsync(store, "gateway"));
        Assert.Empty(await HistoryOfAsync(store, "orphan"));
    }

    [Fact]
    public async Task History_records_nothing_for_a_change_set_with_a_version_conflict()
    {
        var store = await CreateStoreWithAsync([Entity("gateway"), Entity("kz", EntityKind.Region)]);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("kz", EntityKind.Region, name: "Kazakhstan")), new EntityUpsert(Entity("gateway", name: "Renamed"), ExpectedVersion: 7)],
        }));

        Assert.Single(await HistoryOfAsync(store, "gateway"));
        Assert.Single(await HistoryOfAsync(store, "kz"));
    }

    [Fact]
    public async Task History_of_a_deleted_entity_stays_readable_and_ends_with_the_deletion()
    {
        var store = await CreateStoreWithAsync([Entity("gateway", name: "Khorgos Gateway")]);

        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway"], Author = new ChangeAuthor("aigerim") });

        Assert.Null(await GetEntityAsync(store, "gateway"));
        var history = await HistoryOfAsync(store, "gateway");
        Assert.Equal([ChangeOperation.Deleted, ChangeOperation.Created], history.Select(c => c.Operation));
        var deletion = history[0];
        Assert.Null(deletion.After);
        Assert.Null(deletion.Version);
        Assert.Equal(EntityKind.Project, deletion.EntityKind);
        Assert.Equal("Khorgos Gateway", Assert.IsType<EntitySnapshot>(deletion.Before).Entity.Name);
        Assert.Contains("name", deletion.ChangedFields);
        Assert.Equal("aigerim", deletion.Author);
        Assert.Null(deletion.Comment);
    }

    [Fact]
    public async Task History_records_the_relationships_deleted_with_their_entity()
    {
        var store = await CreateStoreWithAsync(
            [Entity("gateway"), Entity("kz", EntityKind.Region), Entity("ktz", EntityKind.Company)],
            [Relationship("r-located", RelationshipTypes.LocatedIn, "gateway", "kz"), Relationship("r-operated", RelationshipTypes.OperatedBy, "gateway", "ktz", role: "operator")]);

        var result = await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway"], Author = Editor });

        foreach (var key in new[] { "r-located", "r-operated" })
        {
            var history = await HistoryOfAsync(store, key, ChangeSubjectKind.Relationship);
            Assert.Equal([ChangeOperation.Deleted, ChangeOperation.Created], history.Select(c => c.Operation));
            Assert.Equal(result.GraphVersion, history[0].GraphVersion);
            Assert.Equal("gateway", Assert.IsType<RelationshipSnapshot>(history[0].Before).Relationship.FromKey);
            Assert.Equal("aigerim", history[0].Author);
        }

        Assert.Equal("operator", ((RelationshipSnapshot)(await HistoryOfAsync(store, "r-operated", ChangeSubjectKind.Relationship))[0].Before!).Relationship.Role);
    }

    [Fact]
    public async Task History_records_relationship_updates_and_deletes_with_their_fields()
    {
        var store = await CreateStoreWithAsync(
            [Entity("gateway"), Entity("ktz", EntityKind.Company)],
            [Relationship("r1", RelationshipTypes.OperatedBy, "gateway", "ktz", role: "operator")]);

        await store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [Relationship("r1", RelationshipTypes.OperatedBy, "gateway", "ktz", role: "owner") with { SinceYear = 2015 }] });
        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipKeys = ["r1"] });

        var history = await HistoryOfAsync(store, "r1", ChangeSubjectKind.Relationship);
        Assert.Equal([ChangeOperation.Deleted, ChangeOperation.Updated, ChangeOperation.Created], history.Select(c => c.Operation));
        Assert.Equal(["role", "sinceYear"], history[1].ChangedFields);
        Assert.Equal(2015, Assert.IsType<RelationshipSnapshot>(history[1].After).Relationship.SinceYear);
        Assert.All(history, c => Assert.Null(c.Version));
        Assert.All(history, c => Assert.Null(c.EntityKind));
    }

    [Fact]
    public async Task History_records_source_changes_apart_from_entities_with_the_same_key()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(new GraphChangeSet { UpsertSources = [Source("khorgos")] });
        await store.ApplyAsync(new GraphChangeSet { UpsertSources = [Source("khorgos", title: "Renamed report")], UpsertEntities = [new EntityUpsert(Entity("khorgos", sourceKeys: ["khorgos"]))] });
        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["khorgos"] });
        await store.ApplyAsync(new GraphChangeSet { DeleteSourceKeys = ["khorgos"] });

        var sourceHistory = await HistoryOfAsync(store, "khorgos", ChangeSubjectKind.Source);
        var entityHistory = await HistoryOfAsync(store, "khorgos", ChangeSubjectKind.Entity);
        var both = await HistoryOfAsync(store, "khorgos", kind: null);

        Assert.Equal([ChangeOperation.Deleted, ChangeOperation.Updated, ChangeOperation.Created], sourceHistory.Select(c => c.Operation));
        Assert.Equal(["title"], sourceHistory[1].ChangedFields);
        Assert.Equal("Renamed report", Assert.IsType<SourceSnapshot>(sourceHistory[1].After).Source.Title);
        Assert.Equal(new DateOnly(2024, 5, 17), Assert.IsType<SourceSnapshot>(sourceHistory[0].Before).Source.PublishedOn);
        Assert.Equal([ChangeOperation.Deleted, ChangeOperation.Created], entityHistory.Select(c => c.Operation));
        Assert.Equal(5, both.Count);
    }

    [Fact]
    public async Task History_without_an_author_records_none()
    {
        var store = await CreateStoreWithAsync([Entity("gateway")]);

        var change = Assert.Single(await HistoryOfAsync(store, "gateway"));

        Assert.Null(change.Author);
        Assert.Null(change.Comment);
    }

    [Fact]
    public async Task History_of_a_key_never_written_is_empty()
    {
        var store = await CreateStoreWithAsync([Entity("gateway")]);

        var page = await History(store).GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "nowhere" });

        Assert.Empty(page.Items);
        Assert.Equal(0, page.TotalCount);
        Assert.False(page.HasMore);
    }

    [Fact]
    public async Task History_refuses_a_negative_page_size()
    {
        var store = await CreateStoreAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => History(store).GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway", Take = -1 }));

        Assert.Equal("take", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task Recent_changes_of_many_subjects_come_in_one_call_newest_first_per_subject()
    {
        var store = await CreateStoreWithAsync([Entity("gateway", name: "v1"), Entity("kz", EntityKind.Region), Entity("quiet")]);
        await UpsertAsync(store, Entity("gateway", name: "v2"));
        await UpsertAsync(store, Entity("gateway", name: "v3"));
        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["kz"] });

        var recent = await History(store).GetRecentChangesAsync(["gateway", "kz", "nowhere", DefaultSourceKey], ChangeSubjectKind.Entity, 2);

        var bySubject = recent.GroupBy(c => c.SubjectKey).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["gateway", "kz"], bySubject.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([3L, 2L], bySubject["gateway"].Select(c => c.Version!.Value));
        Assert.Equal([ChangeOperation.Deleted, ChangeOperation.Created], bySubject["kz"].Select(c => c.Operation));
        Assert.Empty(await History(store).GetRecentChangesAsync(["gateway"], ChangeSubjectKind.Entity, 0));
        Assert.Empty(await History(store).GetRecentChangesAsync([], ChangeSubjectKind.Entity, 5));
    }

    /// <summary>Every store implements the history port on the same object as the store port.</summary>
    protected static IChangeHistory History(IGraphStore store) =>
        store as IChangeHistory ?? throw new InvalidOperationException($"{store.GetType().Name} does not implement {nameof(IChangeHistory)}.");

    protected static async Task<IReadOnlyList<ChangeRecord>> HistoryOfAsync(IGraphStore store, string key, ChangeSubjectKind? kind = ChangeSubjectKind.Entity) =>
        (await History(store).GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = key, SubjectKind = kind, Take = 100 })).Items;
}
