using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// Introspection is priced exactly: the cost the pipeline computes for an introspection document equals the field
/// values its answer holds, whichever options graphql-js asked for (deprecated fields, arguments and input fields
/// left out or included, <c>specifiedByURL</c>, <c>isRepeatable</c>, <c>isOneOf</c>).
/// </summary>
public sealed class IntrospectionCostTests(IntrospectionCostTests.Fixture fixture) : IClassFixture<IntrospectionCostTests.Fixture>
{
    public static TheoryData<string, string> Documents() => new()
    {
        { "graphql-js 16, descriptions", HostileDocuments.GraphQLJsIntrospection },
        { "graphql-js 17, every option", HostileDocuments.GraphQLJsIntrospectionWithAllOptions },
        { "deprecated fields left out", "{ __type(name: \"Project\") { fields { name isDeprecated } } }" },
        { "deprecated fields included", "{ __type(name: \"Project\") { fields(includeDeprecated: true) { name isDeprecated } } }" },
        { "directives with deprecated arguments", "{ __schema { directives { name isRepeatable args(includeDeprecated: true) { name } } } }" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Introspection_cost_is_the_number_of_values_in_the_answer(string name, string document)
    {
        var (prepared, refusal) = await fixture.Factory.PrepareAsync(document);
        using var client = fixture.Factory.CreateClient();
        var body = await ReadJsonAsync(await client.SendAsync(PostQuery(document)));

        Assert.True(refusal is null, $"{name}: {refusal?.Message}");
        Assert.False(body.TryGetProperty("errors", out var errors), $"{name}: {errors}");
        Assert.Equal(CountValues(body.GetProperty("data")), prepared!.Cost);
    }

    /// <summary>Field values in an answer: one per property of every object (<c>__typename</c> is free), at any depth.</summary>
    private static int CountValues(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .Where(p => p.Name != "__typename")
            .Sum(p => 1 + CountValues(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(CountValues),
        _ => 0,
    };

    public sealed class Fixture : IDisposable
    {
        public ApiFactory Factory { get; } = new();

        public void Dispose() => Factory.Dispose();
    }
}
