using System.Text.Json;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// A connection page costs the store only what its selection reads, counted as the SQLite statements that read
/// <c>entities</c>: a count only for <c>totalCount</c>, rows (one more than the page, for the far-side flag) only for
/// items or a page flag, a probe past the cursor only for the flag behind it. Before, every page cost a count and
/// the page (2 statements), plus a bounded count with a cursor (3), whatever was selected. Answers stay those of the
/// full selection.
/// </summary>
public sealed class PageCostTests : IAsyncLifetime
{
    private const string Full = "__typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { key } } nodes { key }";

    private readonly SqliteStatementLog _log = new();
    private SqliteStoreFactory _store = null!;
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create(), _log.Attach);
        _host = new GraphQLTestHost(_store.Store);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _store.DisposeAsync();
    }

    public static TheoryData<string, string, int> Selections => new()
    {
        // selection, arguments, statements reading entities
        { "__typename", "first: 2", 0 },
        { "__typename", "first: 2, after: $cursor", 0 },
        { "totalCount", "first: 2", 1 },
        { "totalCount", "first: 2, after: $cursor", 1 },
        { "pageInfo { hasNextPage hasPreviousPage }", "first: 2", 1 },
        { "pageInfo { hasNextPage hasPreviousPage }", "first: 2, after: $cursor", 2 },
        { "pageInfo { hasNextPage }", "first: 2, after: $cursor", 1 },
        { "pageInfo { hasPreviousPage }", "first: 2, after: $cursor", 1 },
        { "pageInfo { hasNextPage hasPreviousPage }", "last: 2, before: $cursor", 2 },
        { "pageInfo { hasPreviousPage }", "last: 2, before: $cursor", 1 },
        { "pageInfo { hasNextPage hasPreviousPage }", "first: 1, after: $cursor, before: $end", 2 },
        { "pageInfo { endCursor }", "first: 2, after: $cursor", 1 },
        { "edges { cursor node { key } }", "first: 2", 1 },
        { "edges { cursor node { key } }", "first: 2, after: $cursor", 1 },
        { "nodes { key }", "last: 2, before: $cursor", 1 },
        { "totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { key } }", "first: 2", 2 },
        { "totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { key } }", "first: 2, after: $cursor", 2 },
        { "totalCount pageInfo { hasNextPage hasPreviousPage } nodes { key }", "last: 2, before: $cursor", 2 },
        { "totalCount pageInfo { hasNextPage hasPreviousPage } nodes { key }", "first: 3, last: 2, after: $cursor", 2 },
    };

    [Theory]
    [MemberData(nameof(Selections))]
    public async Task A_page_reads_only_what_its_selection_asks_and_answers_as_the_full_selection_does(string selection, string arguments, int statements)
    {
        var (cursor, end) = await CursorsAsync();
        var variables = new { cursor, end };
        var declared = string.Join(", ", new[] { "$cursor", "$end" }.Where(v => arguments.Contains(v, StringComparison.Ordinal)).Select(v => v + ": String"));
        var query = $"query{(declared.Length == 0 ? string.Empty : $"({declared})")} {{ projects({arguments}) {{ {{0}} }} }}";

        _log.Clear();
        var response = (await _host.ExecuteAsync(query.Replace("{0}", selection, StringComparison.Ordinal), variables)).AssertNoErrors();
        var reads = _log.EntityReads;
        var full = (await _host.ExecuteAsync(query.Replace("{0}", Full, StringComparison.Ordinal), variables)).AssertNoErrors();

        Assert.True(statements == reads.Count, $"Expected {statements} statements, got {reads.Count}:\n{string.Join("\n", reads)}");
        AssertPartOf(response.Data, full.Data, "data");
    }

    [Fact]
    public async Task Fragments_aliases_and_directives_are_read_as_the_executor_collects_them()
    {
        var (cursor, _) = await CursorsAsync();
        const string Query = """
            query($cursor: String, $skip: Boolean!) {
              projects(first: 2, after: $cursor) {
                ...Counted
                ... on ProjectConnection { info: pageInfo { ...Flags } }
                pageInfo @skip(if: $skip) { endCursor }
                edges @include(if: false) { cursor }
              }
            }
            fragment Counted on ProjectConnection { count: totalCount }
            fragment Flags on PageInfo { ... on PageInfo { next: hasNextPage } }
            """;

        _log.Clear();
        var response = (await _host.ExecuteAsync(Query, new { cursor, skip = true })).AssertNoErrors();
        var reads = _log.EntityReads;
        var full = (await _host.ExecuteAsync($"query($cursor: String) {{ projects(first: 2, after: $cursor) {{ {Full} }} }}", new { cursor })).AssertNoErrors();

        // The count, and the page read one row long; no probe behind the cursor, no items.
        Assert.Equal(2, reads.Count);
        Assert.Equal(full.At("projects.totalCount").GetInt32(), response.At("projects.count").GetInt32());
        Assert.Equal(full.At("projects.pageInfo.hasNextPage").GetBoolean(), response.At("projects.info.next").GetBoolean());
        Assert.False(response.At("projects").TryGetProperty("pageInfo", out _));
    }

    /// <summary>The cursor of the second project in name order and of the fifth, as variables.</summary>
    private async Task<(string? Cursor, string? End)> CursorsAsync()
    {
        var all = (await _host.ExecuteAsync("{ projects(first: 6) { edges { cursor } } }")).AssertNoErrors();
        return (all.At("projects.edges.1.cursor").GetString(), all.At("projects.edges.4.cursor").GetString());
    }

    /// <summary>Every value of <paramref name="part"/> equals the value at the same place in <paramref name="whole"/>.</summary>
    private static void AssertPartOf(JsonElement part, JsonElement whole, string path)
    {
        if (part.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in part.EnumerateObject())
            {
                Assert.True(whole.TryGetProperty(property.Name, out var counterpart), $"{path}.{property.Name} is not in the full answer.");
                AssertPartOf(property.Value, counterpart, $"{path}.{property.Name}");
            }

            return;
        }

        if (part.ValueKind == JsonValueKind.Array)
        {
            Assert.Equal(whole.GetArrayLength(), part.GetArrayLength());
            for (var i = 0; i < part.GetArrayLength(); i++)
            {
                AssertPartOf(part[i], whole[i], $"{path}[{i}]");
            }

            return;
        }

        Assert.True(part.GetRawText() == whole.GetRawText(), $"{path}: {part.GetRawText()} here, {whole.GetRawText()} in the full answer.");
    }
}
