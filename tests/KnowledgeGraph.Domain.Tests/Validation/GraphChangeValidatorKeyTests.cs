using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using Xunit;
using static KnowledgeGraph.Domain.Tests.Validation.ValidationAssert;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class GraphChangeValidatorKeyTests
{
    [Theory]
    [InlineData("Khorgos")]
    [InlineData("khorgos_gate")]
    [InlineData("khorgos--gate")]
    [InlineData("-khorgos")]
    [InlineData("khorgos-")]
    [InlineData("khorgos gate")]
    [InlineData("хоргос")]
    [InlineData("khorgos\n")]
    public void Validate_rejects_an_entity_key_that_is_not_a_slug(string key)
    {
        var changes = ChangeSets.WithEntity(ChangeSets.Entity(key, EntityKind.Region));

        var errors = Validate(changes);

        var error = Single(errors, "entities[2].key", ValidationCodes.InvalidKey);
        Assert.Contains($"'{key}'", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_missing_entity_key()
    {
        var errors = Validate(ChangeSets.WithEntity(ChangeSets.Entity("", EntityKind.Region) with { Name = "Altynkol" }));

        Single(errors, "entities[2].key", ValidationCodes.Required);
    }

    [Fact]
    public void Validate_rejects_an_entity_key_longer_than_the_limit()
    {
        var key = new string('a', ValidationLimits.EntityKeyMaxLength + 1);

        var errors = Validate(ChangeSets.WithEntity(ChangeSets.Entity(key, EntityKind.Region)));

        Single(errors, "entities[2].key", ValidationCodes.InvalidKey);
    }

    [Fact]
    public void Validate_accepts_an_entity_key_at_the_length_limit()
    {
        var key = new string('a', ValidationLimits.EntityKeyMaxLength);

        Valid(Validate(ChangeSets.WithEntity(ChangeSets.Entity(key, EntityKind.Region))));
    }

    [Fact]
    public void Validate_accepts_a_relationship_key_longer_than_an_entity_key_up_to_its_own_limit()
    {
        var key = new string('r', ValidationLimits.RelationshipKeyMaxLength);
        var relationship = ChangeSets.Relationship(RelationshipTypes.Connects, "khorgos-eastern-gate", "khorgos", key);

        Valid(Validate(ChangeSets.WithRelationship(relationship)));
    }

    [Fact]
    public void Validate_rejects_an_entity_key_used_twice_even_across_kinds()
    {
        var changes = ChangeSets.WithEntity(ChangeSets.Entity("khorgos", EntityKind.Project));

        var errors = Validate(changes);

        var error = Single(errors, "entities[2].key", ValidationCodes.DuplicateKey);
        Assert.Contains("entities[1]", error.Message);
    }

    [Fact]
    public void Validate_rejects_a_relationship_key_used_twice()
    {
        var duplicate = ChangeSets.Relationship(RelationshipTypes.Connects, "khorgos-eastern-gate", "khorgos", "khorgos-eastern-gate-located-in-khorgos");

        var errors = Validate(ChangeSets.WithRelationship(duplicate));

        Single(errors, "relationships[1].key", ValidationCodes.DuplicateKey);
    }

    [Fact]
    public void Validate_rejects_a_source_key_used_twice()
    {
        var errors = Validate(ChangeSets.WithSource(ChangeSets.Source()));

        Single(errors, "sources[1].key", ValidationCodes.DuplicateKey);
    }

    [Fact]
    public void Validate_rejects_a_source_key_that_is_not_a_slug()
    {
        var errors = Validate(ChangeSets.WithSource(ChangeSets.Source("Seed Article")));

        Single(errors, "sources[1].key", ValidationCodes.InvalidKey);
    }

    [Fact]
    public void Validate_allows_the_same_key_for_an_entity_a_relationship_and_a_source()
    {
        var changes = ChangeSets.WithRelationship(ChangeSets.Relationship(RelationshipTypes.Connects, "khorgos-eastern-gate", "khorgos", "khorgos"));

        Valid(Validate(changes));
    }

    [Fact]
    public void Validate_rejects_a_delete_key_that_is_not_a_slug()
    {
        var changes = ChangeSets.Valid() with { DeleteEntityKeys = ["Not A Slug"] };

        var errors = Validate(changes);

        Single(errors, "deleteEntityKeys[0]", ValidationCodes.InvalidKey);
    }

    [Fact]
    public void Validate_rejects_an_entity_written_and_deleted_in_the_same_change()
    {
        var changes = ChangeSets.Valid() with { UpsertRelationships = [], DeleteEntityKeys = ["khorgos"] };

        var errors = Validate(changes);

        Single(errors, "deleteEntityKeys[0]", ValidationCodes.UpsertAndDelete);
    }
}
