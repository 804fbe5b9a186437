using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

/// <summary>
/// What editors do through mutations is what <c>history(id:)</c> tells afterwards: who, why, what changed, newest first,
/// and still after the entity is gone; a refused mutation leaves no trace.
/// </summary>
public sealed class CurationHistoryTests
{
    private const string Errors = "errors { __typename ... on Error { code } }";

    private const string History = """
        query($id: ID!) {
          history(id: $id) {
            totalCount
            nodes { operation author comment version changedFields fieldChanges { field before after } }
          }
        }
        """;

    private static readonly string[] WireOnly = [Curator.SourceId(FixtureGraph.Wire)];

    [Fact]
    public async Task Create_update_and_delete_by_mutation_read_back_newest_first_with_author_and_comment_after_the_delete()
    {
        await using var curator = await Curator.StartAsync();
        var id = Curator.Id(EntityKind.Project, "aktau-ferry-terminal");

        await curator.SucceedAsync("createProject", $$"""
            mutation($input: CreateProjectInput!) { createProject(input: $input) { project { key } {{Errors}} } }
            """, new { input = new { key = "aktau-ferry-terminal", name = "Aktau ferry terminal", sourceIds = WireOnly, comment = "First reported" } });
        await curator.SucceedAsync("updateProject", $$"""
            mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { key } {{Errors}} } }
            """, new { input = new { id, expectedVersion = 1, name = "Aktau Port ferry terminal", comment = "Name as the port writes it" } });
        await curator.SucceedAsync("deleteProject", $$"""
            mutation($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedId {{Errors}} } }
            """, new { input = new { id, expectedVersion = 2, comment = "Duplicate of another record" } });

        var history = (await curator.ExecuteAsync(History, new { id })).AssertNoErrors().At("history");

        Assert.Equal(3, history.GetProperty("totalCount").GetInt32());
        var changes = history.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["DELETED", "UPDATED", "CREATED"], changes.Select(c => c.GetProperty("operation").GetString()));
        Assert.All(changes, c => Assert.Equal(Curator.EditorName, c.GetProperty("author").GetString()));
        Assert.Equal(["Duplicate of another record", "Name as the port writes it", "First reported"], changes.Select(c => c.GetProperty("comment").GetString()));
        var rename = Assert.Single(changes[1].GetProperty("fieldChanges").EnumerateArray());
        Assert.Equal("name", rename.GetProperty("field").GetString());
        Assert.Equal("Aktau ferry terminal", rename.GetProperty("before").GetString());
        Assert.Equal("Aktau Port ferry terminal", rename.GetProperty("after").GetString());
        Assert.Equal(2, changes[1].GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_refused_update_records_nothing()
    {
        await using var curator = await Curator.StartAsync();
        var id = Curator.Id(EntityKind.Project, "khorgos-gateway");
        var before = (await curator.ExecuteAsync(History, new { id })).AssertNoErrors().At("history.totalCount").GetInt32();

        var errors = await curator.FailAsync("updateProject", $$"""
            mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { key } errors { __typename ... on Error { code path } } } }
            """, new { input = new { id, expectedVersion = 99, name = "Overwritten" } });

        Assert.Contains(errors, e => e.Code == DomainErrorCodes.Conflict);
        var after = (await curator.ExecuteAsync(History, new { id })).AssertNoErrors().At("history.totalCount").GetInt32();
        Assert.Equal(before, after);
    }
}
