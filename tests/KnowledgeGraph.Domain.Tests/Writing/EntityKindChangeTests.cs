using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Writing;

public sealed class EntityKindChangeTests
{
    private static readonly Entity Gateway = new() { Key = "khorgos-gateway", Kind = EntityKind.Project, Name = "Khorgos Gateway", SourceKeys = ["wire"] };

    [Theory]
    [InlineData(null)]
    [InlineData(EntityKind.Project)]
    public void An_entity_not_stored_yet_or_stored_with_the_same_kind_passes(EntityKind? stored)
    {
        Assert.Null(EntityKindChange.Check(Gateway, stored, RecordPath.InStore(ChangeSetSection.Entities, 0)));
    }

    [Theory]
    [InlineData(EntityKind.Person, "Entity 'khorgos-gateway' is a Person; its kind cannot change to Project.")]
    [InlineData(EntityKind.Organization, "Entity 'khorgos-gateway' is an Organization; its kind cannot change to Project.")]
    public void Another_stored_kind_is_refused_at_the_records_kind_naming_the_stored_kind(EntityKind stored, string message)
    {
        var error = EntityKindChange.Check(Gateway, stored, RecordPath.InStore(ChangeSetSection.Entities, 3));

        Assert.NotNull(error);
        Assert.Equal(("upsertEntities[3].kind", ValidationCodes.KindChangeNotAllowed), (error.Path, error.Code));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
