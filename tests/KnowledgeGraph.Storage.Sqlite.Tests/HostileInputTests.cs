using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using Microsoft.Data.Sqlite;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class HostileInputTests : IDisposable
{
    private const string DropTable = "x'); DROP TABLE entities; --";

    private readonly TemporaryDatabase _database = new();

    public static TheoryData<FilterOperator> TextOperators =>
        [FilterOperator.Eq, FilterOperator.Neq, FilterOperator.In, FilterOperator.NotIn, FilterOperator.Contains, FilterOperator.NotContains, FilterOperator.StartsWith];

    [Theory]
    [MemberData(nameof(TextOperators))]
    public async Task Filter_values_are_data_never_sql(FilterOperator op)
    {
        var store = await CreateStoreAsync();

        await store.QueryEntitiesAsync(new EntityQuery
        {
            Kind = EntityKind.Project,
            Filter = new OrFilter([new FieldFilter("name", op, Text(DropTable)), new FieldFilter("sector", op, Text("' OR 1=1 --"))]),
        });

        await AssertEntitiesTableIntactAsync(store);
    }

    [Theory]
    [InlineData("sector') OR 1=1 --")]
    [InlineData("$.sector")]
    [InlineData("sector\"")]
    [InlineData("name; DROP TABLE entities")]
    public async Task Filter_and_sort_fields_outside_the_registry_are_refused(string field)
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ValidationException>(() => store.QueryEntitiesAsync(
            new EntityQuery { Kind = EntityKind.Project, Filter = new FieldFilter(field, FilterOperator.Eq, Text("x")) }));
        await Assert.ThrowsAsync<ValidationException>(() => store.QueryEntitiesAsync(
            new EntityQuery { Order = [new SortField(field)] }));

        await AssertEntitiesTableIntactAsync(store);
    }

    [Theory]
    [InlineData(DropTable)]
    [InlineData("\"); DROP TABLE entities; --")]
    [InlineData("gateway\" OR name:*")]
    [InlineData("NEAR(gateway drop, 1) AND -x OR ^y*")]
    [InlineData("entity_search MATCH '*'")]
    public async Task Search_text_is_words_never_sql_or_fts_syntax(string text)
    {
        var store = await CreateStoreAsync();

        await store.SearchAsync(new SearchQuery(text));

        await AssertEntitiesTableIntactAsync(store);
    }

    [Fact]
    public async Task Keys_roles_and_texts_with_quotes_are_stored_and_matched_verbatim()
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Graph(
            [Entity(DropTable, name: DropTable, description: "\"quoted\" 'single'"), Entity("kz", EntityKind.Region)],
            [Relationship("r'1", RelationshipTypes.LocatedIn, DropTable, "kz", role: "o'role\"")]));

        var byKey = await store.GetEntitiesAsync([DropTable]);
        var byRole = await store.GetRelationshipsAsync(["kz"], new RelationshipQuery { Role = "o'role\"" });
        var byName = await store.QueryEntitiesAsync(new EntityQuery { Filter = new FieldFilter("name", FilterOperator.Eq, Text(DropTable)) });

        Assert.Equal(DropTable, Assert.Single(byKey).Name);
        Assert.Equal("r'1", Assert.Single(byRole).Relationship.Key);
        Assert.Equal(DropTable, Assert.Single(byName.Items).Key);
        await AssertEntitiesTableIntactAsync(store);
    }

    [Fact]
    public async Task Relationship_types_in_queries_are_data_never_sql()
    {
        var store = await CreateStoreAsync();

        var hits = await store.GetRelationshipsAsync(["gateway"], new RelationshipQuery { Types = new HashSet<string> { "') OR 1=1 --" } });

        Assert.Empty(hits);
        await AssertEntitiesTableIntactAsync(store);
    }

    public void Dispose() => _database.Dispose();

    private async Task<SqliteGraphStore> CreateStoreAsync()
    {
        var store = await _database.CreateInitializedStoreAsync();
        await store.ApplyAsync(Graph(
            [Entity("gateway", name: "Khorgos Gateway", properties: [("sector", Text("Logistics"))]), Entity("kz", EntityKind.Region, "Kazakhstan")],
            [Relationship("r1", RelationshipTypes.LocatedIn, "gateway", "kz")]));
        return store;
    }

    private static async Task AssertEntitiesTableIntactAsync(SqliteGraphStore store)
    {
        Assert.NotEmpty(await store.GetEntitiesAsync(["gateway"]));
        await using var connection = await store.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'entities'";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
