using KnowledgeGraph.Domain.Validation;
using Xunit;

namespace KnowledgeGraph.Domain.Tests.Validation;

public sealed class ChangeSetPathsTests
{
    private static string Origin(ChangeSetSection section, int index) => $"{section}#{index}";

    [Theory]
    [InlineData("upsertEntities[3].kind", "Entities#3.kind")]
    [InlineData("entities[12].properties.startYear", "Entities#12.properties.startYear")]
    [InlineData("upsertRelationships[0].sourceKeys[2]", "Relationships#0.sourceKeys[2]")]
    [InlineData("deleteSourceKeys[1]", "DeleteSourceKeys#1")]
    public void A_path_naming_a_record_gets_the_records_origin_and_keeps_the_rest(string path, string expected)
    {
        Assert.Equal(expected, ChangeSetPaths.Relocate(path, Origin));
    }

    [Theory]
    [InlineData("createOnlySourceKeys[0]")]
    [InlineData("takePerSubject")]
    [InlineData("upsertEntities[x].kind")]
    [InlineData("upsertEntities[].kind")]
    public void A_path_naming_no_record_is_kept(string path)
    {
        Assert.Equal(path, ChangeSetPaths.Relocate(path, Origin));
    }
}
