using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Writing;

public sealed class CreateOnlyKeysTests
{
    private static readonly Func<string, bool> NothingStored = _ => false;

    [Fact]
    public void Free_create_only_keys_pass()
    {
        var changes = new GraphChangeSet
        {
            UpsertSources = [Source("wire")],
            UpsertRelationships = [Relationship("r1")],
            CreateOnlySourceKeys = ["wire"],
            CreateOnlyRelationshipKeys = ["r1"],
        };

        Assert.Empty(CreateOnlyKeys.Check(changes, NothingStored, NothingStored));
    }

    [Fact]
    public void A_taken_key_is_DUPLICATE_KEY_at_the_key_of_its_first_upsert_once_however_often_it_is_listed()
    {
        var changes = new GraphChangeSet
        {
            UpsertRelationships = [Relationship("r0"), Relationship("r1"), Relationship("r1")],
            CreateOnlyRelationshipKeys = ["r1", "r1"],
        };

        var error = Assert.Single(CreateOnlyKeys.Check(changes, NothingStored, key => key == "r1"));

        Assert.Equal(("upsertRelationships[1].key", ValidationCodes.DuplicateKey), (error.Path, error.Code));
        Assert.Contains("'r1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_no_upsert_of_its_kind_has_is_reported_at_its_place_in_the_list()
    {
        var changes = new GraphChangeSet
        {
            UpsertSources = [Source("wire")],
            UpsertRelationships = [Relationship("r1")],
            CreateOnlySourceKeys = ["wire", "r1"],
        };

        var error = Assert.Single(CreateOnlyKeys.Check(changes, NothingStored, NothingStored));

        Assert.Equal(("createOnlySourceKeys[1]", ValidationCodes.CreateOnlyWithoutUpsert), (error.Path, error.Code));
    }

    [Fact]
    public void Only_create_only_keys_are_looked_up()
    {
        var asked = new List<string>();
        var changes = new GraphChangeSet
        {
            UpsertSources = [Source("wire"), Source("speech")],
            UpsertRelationships = [Relationship("r1"), Relationship("r2")],
            CreateOnlySourceKeys = ["speech"],
        };

        CreateOnlyKeys.Check(changes, key => { asked.Add(key); return false; }, key => { asked.Add(key); return true; });

        Assert.Equal(["speech"], asked);
    }

    [Fact]
    public void Create_only_keys_make_a_change_set_non_empty_so_stores_check_them()
    {
        Assert.False(new GraphChangeSet { CreateOnlyRelationshipKeys = ["r1"] }.IsEmpty);
        Assert.True(new GraphChangeSet().IsEmpty);
    }

    private static Source Source(string key) => new() { Key = key, Title = key };

    private static Relationship Relationship(string key) =>
        new() { Key = key, Type = RelationshipTypes.LocatedIn, FromKey = "gateway", ToKey = "kz", SourceKeys = ["wire"] };
}
