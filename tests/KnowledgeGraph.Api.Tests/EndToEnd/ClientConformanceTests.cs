using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>
/// Unmodified front-end tooling against the real server on Kestrel (the scripts in tests/e2e): graphql-js's full
/// introspection, graphql-schema-linter's description and Relay rules, GraphQL Code Generator, and Apollo Client's
/// relayStylePagination and persisted-queries link. Each script prints what it did and, on failure, every problem it
/// found; the test fails with both.
/// </summary>
public sealed class ClientConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public Task Graphql_js_full_introspection_query_loads_the_schema() => PassesAsync("introspection.mjs", "INTROSPECTION OK");

    [Fact]
    public Task Graphql_schema_linter_description_and_relay_rules_report_nothing() => PassesAsync("schema-lint.mjs", "SCHEMA LINT OK");

    [Fact]
    public Task Graphql_codegen_types_front_end_documents_against_the_live_schema() => PassesAsync("codegen.mjs", "CODEGEN OK");

    [Fact]
    public Task Apollo_persisted_queries_round_trip_over_POST_and_GET() => PassesAsync("apollo-persisted.mjs", "APOLLO PERSISTED QUERIES OK");

    /// <summary>
    /// Needs keyset cursors: with offset cursors, a project inserted before the reader's position makes the next page
    /// start one record early, so a project is paged twice.
    /// </summary>
    [Fact]
    public Task Apollo_relay_pagination_sees_no_duplicate_and_no_gap_while_projects_are_inserted() =>
        PassesAsync("apollo-paging.mjs", "APOLLO PAGING OK", TestCredentials.EditorApiKey);

    private async Task PassesAsync(string script, string success, params string[] arguments)
    {
        using var app = new KestrelApp(new ApiFactory(TestCredentials.Settings()));

        var (exitCode, stdout, stderr) = await NodeScripts.RunAsync(script, TimeSpan.FromMinutes(3), [app.GraphQLEndpoint, .. arguments]);

        output.WriteLine(stdout);
        output.WriteLine(stderr);
        Assert.True(
            exitCode == 0 && stdout.Contains(success, StringComparison.Ordinal),
            $"node {script} exited with {exitCode}.{Environment.NewLine}{stderr.Trim()}{Environment.NewLine}{stdout.Trim()}");
    }
}
