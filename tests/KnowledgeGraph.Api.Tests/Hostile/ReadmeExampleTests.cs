using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Pipeline;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// Every GraphQL example in README.md, under the default configuration (only credentials added, for the mutations):
/// each passes the limits, and each query and mutation runs without an error. An example the limits would refuse, or
/// one that no longer matches the schema, fails here.
/// </summary>
public sealed partial class ReadmeExampleTests(ReadmeExampleTests.Fixture fixture) : IClassFixture<ReadmeExampleTests.Fixture>
{
    private static Dictionary<string, string?> DefaultsWithCredentials() => TestCredentials.Settings(more: new Dictionary<string, string?>
    {
        // The factory raises the rate limit for the whole suite; these examples run under the shipped one.
        ["GraphQL:RateLimit:PermitLimit"] = "600",
    });

    public static TheoryData<int, string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var examples = new TheoryData<int, string>();
        var index = 0;
        foreach (Match block in GraphQLBlock().Matches(readme))
        {
            examples.Add(index++, block.Groups[1].Value);
        }

        return examples;
    }

    [Fact]
    public void The_readme_has_the_examples_this_test_expects()
    {
        Assert.True(Examples().Count >= 9, $"README.md has {Examples().Count} graphql blocks.");
    }

    [Fact]
    public async Task The_costs_the_readme_quotes_are_the_ones_the_service_computes()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var journalistQuestions = Examples().Select(row => (string)row[1]).Where(d => d.TrimStart().StartsWith('{')).Take(4).ToList();
        var introspections = new[] { HostileDocuments.GraphQLJsIntrospection, HostileDocuments.GraphQLJsIntrospectionWithAllOptions };
        var costs = new List<string>();
        foreach (var document in introspections.Concat(journalistQuestions))
        {
            costs.Add((await PrepareAsync(document)).Prepared!.Cost.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        var flowing = readme.ReplaceLineEndings(" ").Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains($"as IDEs send it, costs {costs[0]} ({costs[1]} with every option of graphql-js 17's", flowing, StringComparison.Ordinal);
        Assert.Contains($"The README's journalist questions cost {costs[2]}, {costs[3]}, {costs[4]} and {costs[5]}.", flowing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_cost_limit_leaves_room_above_the_fullest_introspection()
    {
        var cost = (await PrepareAsync(HostileDocuments.GraphQLJsIntrospectionWithAllOptions)).Prepared!.Cost;

        // Room for the schema to grow (a kind, a relationship type) before IDEs are refused.
        Assert.True(new GraphQLLimitSettings().MaxComplexity >= cost * 1.25, $"MaxComplexity {new GraphQLLimitSettings().MaxComplexity} against {cost}.");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_passes_the_default_limits(int index, string document)
    {
        var (_, refusal) = await PrepareAsync(document);

        Assert.True(refusal is null, $"Example {index} is refused: {refusal?.Code} {refusal?.Message}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_runs_without_errors(int index, string document)
    {
        if (document.TrimStart().StartsWith("subscription", StringComparison.Ordinal))
        {
            return; // Subscriptions run over WebSocket; their own tests cover them, and the limits test above covers these.
        }

        // A mutation gets a store of its own, so that the examples do not depend on the order they run in.
        using var own = document.TrimStart().StartsWith("mutation", StringComparison.Ordinal) ? new ApiFactory(DefaultsWithCredentials()) : null;
        using var client = (own ?? fixture.Factory).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestCredentials.EditorToken());
        // Examples that create something run in README order on one store, so create first what later ones update.
        foreach (var earlier in Examples().Select(row => (string)row[1]).Take(index))
        {
            if (earlier.TrimStart().StartsWith("mutation {", StringComparison.Ordinal) && earlier.Contains("createProject", StringComparison.Ordinal))
            {
                await client.SendAsync(PostQuery(earlier));
            }
        }

        var variables = document.Contains("$id", StringComparison.Ordinal)
            ? new { id = Convert.ToBase64String("Project:example-dry-port"u8.ToArray()) }
            : null;
        var response = await client.SendAsync(PostQuery(document, variables));
        var body = await ReadJsonAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Example {index}: {(int)response.StatusCode} {body}");
        Assert.False(body.TryGetProperty("errors", out var errors), $"Example {index}: {errors}");
        foreach (var payload in body.GetProperty("data").EnumerateObject())
        {
            // Mutation payloads report refusals in their own errors field, which must be null.
            if (payload.Value.ValueKind == JsonValueKind.Object && payload.Value.TryGetProperty("errors", out var payloadErrors))
            {
                Assert.True(payloadErrors.ValueKind == JsonValueKind.Null, $"Example {index}: {payloadErrors}");
            }
        }
    }

    private ValueTask<(PreparedRequest? Prepared, RequestRefusal? Refusal)> PrepareAsync(string document) => fixture.Factory.PrepareAsync(document);

    public sealed class Fixture : IDisposable
    {
        public ApiFactory Factory { get; } = new(DefaultsWithCredentials());

        public void Dispose() => Factory.Dispose();
    }

    /// <summary>A ```graphql block of a Markdown text; group 1 is the document.</summary>
    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    internal static partial Regex GraphQLBlock();
}
