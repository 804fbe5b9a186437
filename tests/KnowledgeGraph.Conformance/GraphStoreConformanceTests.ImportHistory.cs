using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;
using static KnowledgeGraph.Conformance.TestImports;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// The history of records an import created into an empty store: read as their creation by the import, whatever way
/// the store keeps it, and going on with their later changes as any record's does.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly ChangeAuthor Loader = new("loader", "Loaded the 2026 register");

    private static GraphChangeSet Register(string gatewayName) => Graph(
        [Entity("gateway", name: gatewayName, properties: ("lengthKm", Num(12.5))), Entity("kz", EntityKind.Region, "Kazakhstan")],
        [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz", role: "site")]);

    [Fact]
    public async Task History_of_imported_records_reads_as_their_creation_by_the_import()
    {
        var store = await CreateStoreAsync();

        var result = await ImportAsync(store, Register("Khorgos Gateway"), Loader);

        var entity = Assert.Single(await HistoryOfAsync(store, "gateway"));
        Assert.Equal((ChangeOperation.Created, EntityKind.Project, "loader", "Loaded the 2026 register", result.GraphVersion, 1L),
            (entity.Operation, entity.EntityKind, entity.Author, entity.Comment, entity.GraphVersion, entity.Version));
        Assert.Null(entity.Before);
        Assert.Equal("Khorgos Gateway", Assert.IsType<EntitySnapshot>(entity.After).Entity.Name);
        Assert.Equal(["kind", "name", "sourceKeys", "lengthKm"], entity.ChangedFields);
        var relationship = Assert.Single(await HistoryOfAsync(store, "r1", ChangeSubjectKind.Relationship));
        Assert.Equal((ChangeOperation.Created, "loader", result.GraphVersion, (long?)null),
            (relationship.Operation, relationship.Author, relationship.GraphVersion, relationship.Version));
        Assert.Equal(("gateway", "kz", "site"), Ends(relationship.After));
        var recent = await History(store).GetRecentChangesAsync(["gateway", "kz"], ChangeSubjectKind.Entity, 5);
        Assert.Equal([("gateway", ChangeOperation.Created), ("kz", ChangeOperation.Created)],
            recent.Select(c => (c.SubjectKey, c.Operation)).Order());
        Assert.All(recent, c => Assert.Equal(entity.At, c.At));
    }

    [Fact]
    public async Task History_of_imported_records_goes_on_with_their_updates_and_deletions_and_pages_across_the_import()
    {
        var store = await CreateStoreAsync();
        var imported = await ImportAsync(store, Register("Khorgos Gateway"), Loader);

        await store.ApplyAsync(new GraphChangeSet
        {
            UpsertEntities = [new EntityUpsert(Entity("gateway", name: "Khorgos Gateway dry port", properties: ("lengthKm", Num(12.5))))],
            Author = Editor,
        });
        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["kz"], Author = Editor });

        var gateway = await HistoryOfAsync(store, "gateway");
        Assert.Equal([ChangeOperation.Updated, ChangeOperation.Created], gateway.Select(c => c.Operation));
        Assert.Equal(("loader", imported.GraphVersion, 1L), (gateway[1].Author, gateway[1].GraphVersion, gateway[1].Version));
        Assert.Equal("Khorgos Gateway", Assert.IsType<EntitySnapshot>(gateway[1].After).Entity.Name);
        Assert.Equal("Khorgos Gateway", Assert.IsType<EntitySnapshot>(gateway[0].Before).Entity.Name);
        Assert.Equal(["name"], gateway[0].ChangedFields);
        foreach (var (key, kind) in new[] { ("kz", ChangeSubjectKind.Entity), ("r1", ChangeSubjectKind.Relationship) })
        {
            var history = await HistoryOfAsync(store, key, kind);
            Assert.Equal([ChangeOperation.Deleted, ChangeOperation.Created], history.Select(c => c.Operation));
            Assert.Equal(["aigerim", "loader"], history.Select(c => c.Author));
            Assert.Equal(imported.GraphVersion, history[1].GraphVersion);
            Assert.True(history[0].Sequence > history[1].Sequence);
        }

        var first = await History(store).GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway", Take = 1 });
        var second = await History(store).GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = "gateway", Take = 1, BeforeSequence = first.Items[^1].Sequence });
        Assert.Equal([(ChangeOperation.Updated, true, 2), (ChangeOperation.Created, false, 2)],
            new[] { first, second }.Select(p => (Assert.Single(p.Items).Operation, p.HasMore, p.TotalCount)));
        Assert.Equal(gateway[1].Sequence, second.Items[0].Sequence);
    }

    [Fact]
    public async Task A_second_import_into_the_emptied_store_begins_a_new_life_after_the_deletions()
    {
        var store = await CreateStoreAsync();
        var firstImport = await ImportAsync(store, Register("Khorgos Gateway"), Loader);
        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway", "kz"], DeleteSourceKeys = [DefaultSourceKey], Author = Editor });

        var secondImport = await ImportAsync(store, Register("Khorgos Eastern Gate"), Loader);

        foreach (var (key, kind) in new[] { ("gateway", ChangeSubjectKind.Entity), ("r1", ChangeSubjectKind.Relationship) })
        {
            var history = await HistoryOfAsync(store, key, kind);
            Assert.Equal([ChangeOperation.Created, ChangeOperation.Deleted, ChangeOperation.Created], history.Select(c => c.Operation));
            Assert.Equal([secondImport.GraphVersion, firstImport.GraphVersion + 1, firstImport.GraphVersion], history.Select(c => c.GraphVersion));
            Assert.True(history[0].Sequence > history[1].Sequence && history[1].Sequence > history[2].Sequence);
        }

        var gateway = await HistoryOfAsync(store, "gateway");
        Assert.Equal(["Khorgos Eastern Gate", "Khorgos Gateway"],
            new[] { gateway[0].After, gateway[2].After }.Select(s => Assert.IsType<EntitySnapshot>(s).Entity.Name));
        Assert.Equal("Khorgos Gateway", Assert.IsType<EntitySnapshot>(gateway[1].Before).Entity.Name);
    }

    private static (string From, string To, string? Role) Ends(ChangeSnapshot? state)
    {
        var relationship = Assert.IsType<RelationshipSnapshot>(state).Relationship;
        return (relationship.FromKey, relationship.ToKey, relationship.Role);
    }
}
