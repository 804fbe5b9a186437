using System.Globalization;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Mutations;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

public sealed class InputPathsTests
{
    private static readonly InputPaths UpsertGraph = new(
        (section, index) => section switch
        {
            ChangeSetSection.Entities => InputPaths.Input("entities", index.ToString(CultureInfo.InvariantCulture), "project"),
            ChangeSetSection.Relationships => InputPaths.Input("relationships", index.ToString(CultureInfo.InvariantCulture)),
            _ => [InputPaths.Root],
        },
        sourcesField: "sourceKeys", fromField: "from", toField: "to");

    [Theory]
    [InlineData("entities[3].properties.startYear", "input.entities.3.project.startYear")]
    [InlineData("entities[3].sources[1]", "input.entities.3.project.sourceKeys.1")]
    [InlineData("upsertEntities[3].sources[1]", "input.entities.3.project.sourceKeys.1")]
    [InlineData("relationships[0].from", "input.relationships.0.from")]
    [InlineData("upsertRelationships[2].to", "input.relationships.2.to")]
    [InlineData("upsertEntities[1].kind", "input.entities.1.project")]
    [InlineData("relationship.type", "input")]
    public void Validator_and_store_paths_become_paths_into_the_input(string domainPath, string inputPath)
    {
        Assert.Equal(inputPath, string.Join('.', UpsertGraph.Translate(domainPath)));
    }

    [Fact]
    public void A_single_record_input_renames_properties_sources_and_ends_to_its_own_fields_and_the_kind_to_the_input()
    {
        var paths = InputPaths.SingleRecord();

        Assert.Equal(["input", "startYear"], paths.Translate("entities[0].properties.startYear"));
        Assert.Equal(["input", "sourceIds", "0"], paths.Translate("relationships[0].sources[0]"));
        Assert.Equal(["input", "fromId"], paths.Translate("relationships[0].from"));
        Assert.Equal(["input"], paths.Translate("upsertEntities[0].kind"));
    }
}
