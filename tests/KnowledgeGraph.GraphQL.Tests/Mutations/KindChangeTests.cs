using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.Domain.Writing;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

/// <summary>
/// An entity's kind never changes through <c>upsertGraph</c>: the store refuses it inside its write transaction and the
/// mutation answers a ValidationError (KIND_CHANGE_NOT_ALLOWED) at the record that names the new kind.
/// </summary>
public sealed class KindChangeTests
{
    private const string Upsert = """
        mutation($input: UpsertGraphInput!) {
          upsertGraph(input: $input) {
            result { graphVersion }
            errors { __typename ... on Error { code message path } }
          }
        }
        """;

    [Fact]
    public async Task UpsertGraph_refuses_to_turn_a_stored_project_into_a_person_naming_the_stored_kind_and_writes_nothing()
    {
        await using var curator = await Curator.StartAsync();
        var version = await curator.GraphVersionAsync();
        var before = await curator.EntityAsync("khorgos-gateway");

        var response = (await curator.ExecuteAsync(Upsert, new
        {
            input = new
            {
                entities = new object[]
                {
                    new { region = new { key = "zhetysu-region", name = "Zhetysu Region", sourceKeys = new[] { FixtureGraph.Wire } } },
                    new { person = new { key = "khorgos-gateway", name = "Khorgos Gateway", sourceKeys = new[] { FixtureGraph.Wire } } },
                },
            },
        })).AssertNoErrors();

        var (type, code, path, message) = SingleError(response);
        Assert.Equal(("ValidationError", ValidationCodes.KindChangeNotAllowed, "input.entities.1.person"), (type, code, path));
        Assert.Contains("'khorgos-gateway' is a Project; its kind cannot change to Person", message, StringComparison.Ordinal);
        Assert.Equal(Curator.Describe(before), Curator.Describe(await curator.EntityAsync("khorgos-gateway")));
        Assert.Null(await curator.EntityAsync("zhetysu-region"));
        Assert.Equal(version, await curator.GraphVersionAsync());
    }

    [Fact]
    public async Task UpsertGraph_refuses_a_kind_change_that_a_rival_write_makes_after_the_mutation_read_the_store()
    {
        await using var curator = await Curator.StartAsync();
        var rival = new Entity { Key = "altynkol-dry-port", Kind = EntityKind.Organization, Name = "Altynkol", SourceKeys = [FixtureGraph.Wire] };
        curator.Recorder.InterleaveBeforeNextApply(new GraphChangeSet { UpsertEntities = [new EntityUpsert(rival)] });

        var response = (await curator.ExecuteAsync(Upsert, new
        {
            input = new
            {
                entities = new object[]
                {
                    new { project = new { key = "altynkol-dry-port", name = "Altynkol dry port", sourceKeys = new[] { FixtureGraph.Wire } } },
                },
            },
        })).AssertNoErrors();

        var (type, code, path, message) = SingleError(response);
        Assert.Equal(("ValidationError", ValidationCodes.KindChangeNotAllowed, "input.entities.0.project"), (type, code, path));
        Assert.Contains("'altynkol-dry-port' is an Organization; its kind cannot change to Project", message, StringComparison.Ordinal);
        Assert.Equal(EntityKind.Organization, (await curator.EntityAsync("altynkol-dry-port"))!.Kind);
        Assert.Single(curator.Recorder.Applied);
    }

    private static (string Type, string Code, string Path, string Message) SingleError(GraphQLResponse response)
    {
        var payload = response.At("upsertGraph");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("result").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        return (
            error.GetProperty("__typename").GetString()!,
            error.GetProperty("code").GetString()!,
            string.Join('.', error.GetProperty("path").EnumerateArray().Select(p => p.GetString())),
            error.GetProperty("message").GetString()!);
    }
}
