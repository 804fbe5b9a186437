using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;
using static KnowledgeGraph.Conformance.TestImports;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// The import session every store opens with <c>BeginImportAsync</c>: parts written into one transaction, all or
/// nothing, one change set of the history.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly ChangeAuthor Importer = new("importer", "bulk load");

    [Fact]
    public async Task Import_session_commits_every_part_as_one_change_set_with_the_import_s_author()
    {
        var store = await CreateStoreAsync();
        var versionBefore = await store.GetGraphVersionAsync();

        await using var session = await store.BeginImportAsync(new GraphImport(Importer, 4));
        var first = await session.WriteAsync(Graph([Entity("gateway", name: "Khorgos Gateway"), Entity("kz", EntityKind.Region, "Kazakhstan")]));
        var second = await session.WriteAsync(new GraphChangeSet { UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")] });
        var result = await session.CommitAsync();

        Assert.Equal((2, 1), (first.EntitiesWritten, first.SourcesWritten));
        Assert.Equal(1, second.RelationshipsWritten);
        Assert.Equal(new GraphChangeResult(versionBefore + 1, 2, 1, 1, 0, 0, 0), result);
        Assert.Equal(versionBefore + 1, await store.GetGraphVersionAsync());
        Assert.Single(await store.GetRelationshipsByKeyAsync(["r1"]));
        foreach (var (key, kind) in new[] { ("gateway", ChangeSubjectKind.Entity), ("r1", ChangeSubjectKind.Relationship), (DefaultSourceKey, ChangeSubjectKind.Source) })
        {
            var change = Assert.Single(await HistoryOfAsync(store, key, kind));
            Assert.Equal((ChangeOperation.Created, result.GraphVersion, "importer", "bulk load"), (change.Operation, change.GraphVersion, change.Author, change.Comment));
        }
    }

    [Fact]
    public async Task Import_session_parts_are_invisible_until_the_commit_and_gone_when_disposed_without_one()
    {
        var store = await CreateStoreWithAsync([Entity("kz", EntityKind.Region, "Kazakhstan")]);
        var versionBefore = await store.GetGraphVersionAsync();

        await using (var session = await store.BeginImportAsync(new GraphImport(Importer, 1)))
        {
            await session.WriteAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(Entity("gateway"))] });

            Assert.Null(await GetEntityAsync(store, "gateway"));
        }

        Assert.Null(await GetEntityAsync(store, "gateway"));
        Assert.Equal(versionBefore, await store.GetGraphVersionAsync());
        Assert.Empty(await HistoryOfAsync(store, "gateway"));
        await UpsertAsync(store, Entity("after-the-import"));
        Assert.NotNull(await GetEntityAsync(store, "after-the-import"));
    }

    [Fact]
    public async Task Import_session_refuses_a_part_with_paths_relative_to_it_and_writes_nothing_of_the_import()
    {
        var store = await CreateStoreAsync();
        var versionBefore = await store.GetGraphVersionAsync();

        await using (var session = await store.BeginImportAsync(new GraphImport(Importer, 3)))
        {
            await session.WriteAsync(Graph([Entity("gateway")]));
            var refused = await Assert.ThrowsAsync<ValidationException>(() => session.WriteAsync(new GraphChangeSet
            {
                UpsertRelationships = [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "missing")],
            }));

            Assert.Equal([("upsertRelationships[0].to", ValidationCodes.MissingEndpoint)], refused.Errors.Select(e => (e.Path, e.Code)));
        }

        Assert.Null(await GetEntityAsync(store, "gateway"));
        Assert.Equal(versionBefore, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task History_of_records_an_import_created_shows_the_created_state_also_after_later_changes()
    {
        var store = await CreateStoreAsync();
        await ImportAsync(store, Graph([Entity("gateway", name: "Khorgos", properties: ("lengthKm", Num(12.5)))]), Importer);

        var imported = await HistoryOfAsync(store, "gateway");
        var creation = Assert.Single(imported);
        Assert.Equal(ChangeOperation.Created, creation.Operation);
        var created = Assert.IsType<EntitySnapshot>(creation.After).Entity;
        Assert.Equal(("Khorgos", 1L, Num(12.5)), (created.Name, created.Version, created.Property("lengthKm")));
        Assert.Equal(["kind", "name", "sourceKeys", "lengthKm"], creation.ChangedFields);

        await UpsertAsync(store, Entity("gateway", name: "Khorgos Gateway", properties: ("lengthKm", Num(12.5))));
        await UpsertAsync(store, Entity("gateway", name: "Khorgos Gateway dry port"));
        await store.ApplyAsync(new GraphChangeSet { DeleteEntityKeys = ["gateway"] });

        var history = await HistoryOfAsync(store, "gateway");
        Assert.Equal([ChangeOperation.Deleted, ChangeOperation.Updated, ChangeOperation.Updated, ChangeOperation.Created], history.Select(c => c.Operation));
        Assert.Equal("Khorgos", Assert.IsType<EntitySnapshot>(history[3].After).Entity.Name);
        Assert.Equal("Khorgos Gateway", Assert.IsType<EntitySnapshot>(history[2].After).Entity.Name);
        var recent = await History(store).GetRecentChangesAsync(["gateway"], ChangeSubjectKind.Entity, 10);
        Assert.Equal("Khorgos", Assert.IsType<EntitySnapshot>(recent[^1].After).Entity.Name);
        Assert.Equal(creation.ChangedFields, recent[^1].ChangedFields);
    }
}
