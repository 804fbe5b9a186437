using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.History;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Api.Tests.Cli;

/// <summary><c>export</c> and <c>import</c> through the command line, on SQLite files in a temporary folder.</summary>
public sealed class ExportImportCommandTests() : CommandLineWorkspace("export-import")
{
    [Fact]
    public async Task Export_then_import_round_trips_the_graph_between_two_sqlite_files()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var exported = Path.Combine(Folder, "graph.json");
        var reexported = Path.Combine(Folder, "again.json");

        var (exportCode, exportOutput, _) = await RunAsync("export", "--output", exported, StoreArgument(FirstDatabase));
        var (importCode, importOutput, _) = await RunAsync("import", exported, StoreArgument(SecondDatabase));
        await RunSucceedingAsync("export", "--output", reexported, StoreArgument(SecondDatabase));

        Assert.Equal((0, 0), (exportCode, importCode));
        Assert.Contains("Exported", exportOutput);
        Assert.Contains("graph.json", importOutput);
        var original = await StatisticsAsync(FirstDatabase);
        var copy = await StatisticsAsync(SecondDatabase);
        Assert.True(original.EntityCount > 0);
        Assert.Equal(
            (original.SourceCount, original.EntityCount, original.RelationshipCount),
            (copy.SourceCount, copy.EntityCount, copy.RelationshipCount));
        Assert.Equal(original.EntitiesByKind.OrderBy(p => p.Key), copy.EntitiesByKind.OrderBy(p => p.Key));
        Assert.Equal(original.RelationshipsByType.OrderBy(p => p.Key), copy.RelationshipsByType.OrderBy(p => p.Key));
        Assert.Equal(await File.ReadAllBytesAsync(exported), await File.ReadAllBytesAsync(reexported));
    }

    [Fact]
    public async Task Import_is_recorded_in_the_history_under_the_author_and_comment_given()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase), "--author", "Aigerim", "--comment", "Checked against the 2025 annual report");

        var change = await NewestChangeAsync(FirstDatabase, "kazakhstan");

        Assert.Equal(ChangeOperation.Created, change.Operation);
        Assert.Equal("Aigerim", change.Author);
        Assert.Equal("Checked against the 2025 annual report", change.Comment);
    }

    [Fact]
    public async Task Import_without_an_author_is_recorded_under_the_account_that_ran_it()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));

        var change = await NewestChangeAsync(FirstDatabase, "kazakhstan");

        Assert.Equal($"{Environment.UserName} (command line)", change.Author);
        Assert.Contains("Imported from", change.Comment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_file_with_an_invalid_record_exits_1_naming_file_and_record_and_leaves_the_store_unchanged()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var before = await SnapshotAsync(FirstDatabase);
        var broken = Path.Combine(Folder, "broken.json");
        await File.WriteAllTextAsync(broken, """
            {
              "sources": [ { "key": "new-source", "title": "A new source" } ],
              "entities": [ { "key": "new-project", "kind": "Projekt", "name": "A new project", "sources": ["new-source"] } ]
            }
            """);

        var (code, output, error) = await RunAsync("import", broken, StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("broken.json: entities[0] (key 'new-project').kind", error);
        Assert.Contains("Nothing imported", error);
        Assert.Equal(before, await SnapshotAsync(FirstDatabase));
    }

    [Fact]
    public async Task Import_that_would_change_a_stored_entitys_kind_exits_1_naming_file_record_and_stored_kind_and_writes_nothing()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var before = await SnapshotAsync(FirstDatabase);
        var file = Path.Combine(Folder, "kind-change.json");
        await File.WriteAllTextAsync(file, """
            {
              "sources": [ { "key": "new-source", "title": "A new source" } ],
              "entities": [ { "key": "khorgos-gateway-dry-port", "kind": "Person", "name": "Khorgos", "sources": ["new-source"] } ]
            }
            """);

        var (code, output, error) = await RunAsync("import", file, StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(
            "kind-change.json: entities[0] (key 'khorgos-gateway-dry-port').kind: Entity 'khorgos-gateway-dry-port' is a Project; its kind cannot change to Person.",
            error);
        Assert.Contains($"[{ValidationCodes.KindChangeNotAllowed}]", error);
        Assert.Contains("Nothing imported", error);
        Assert.Equal(before, await SnapshotAsync(FirstDatabase));
    }

    [Fact]
    public async Task Import_of_a_file_that_is_not_json_exits_1_naming_the_file_and_leaves_the_store_unchanged()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var before = await SnapshotAsync(FirstDatabase);
        var truncated = Path.Combine(Folder, "truncated.json");
        await File.WriteAllTextAsync(truncated, """{ "sources": [ { "key": "new-source", """);

        var (code, _, error) = await RunAsync("import", truncated, StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Contains("truncated.json", error);
        Assert.Equal(before, await SnapshotAsync(FirstDatabase));
    }

    [Fact]
    public async Task Import_without_a_path_exits_1_and_says_what_it_needs()
    {
        var (code, _, error) = await RunAsync("import", StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Contains("seed directory or a seed .json file", error);
    }

    [Fact]
    public async Task Export_to_standard_output_writes_the_seed_json_and_the_summary_to_standard_error()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));

        var (code, output, error) = await RunAsync("export", "--output", "-", StoreArgument(FirstDatabase));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(
            (await StatisticsAsync(FirstDatabase)).EntityCount,
            json.RootElement.GetProperty("entities").GetArrayLength());
        Assert.StartsWith("Exported", error);
    }

    [Fact]
    public async Task Export_without_an_output_exits_1_naming_the_argument()
    {
        var (code, _, error) = await RunAsync("export", StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Contains("--output is required", error);
    }

    [Fact]
    public async Task Import_refuses_to_write_when_the_configured_redis_cannot_be_told_of_the_change()
    {
        var before = await SnapshotAsync(FirstDatabase);

        // Port 1 on loopback has no Redis: running instances could not hear of the write, so nothing is written.
        var (code, _, error) = await RunAsync(
            "import", RepositoryPaths.Seed, StoreArgument(FirstDatabase), "--ConnectionStrings:Redis=127.0.0.1:1,connectTimeout=500");

        Assert.Equal(1, code);
        Assert.Contains("ConnectionStrings:Redis", error);
        Assert.Equal(before, await SnapshotAsync(FirstDatabase));
    }

    private static async Task<ChangeRecord> NewestChangeAsync(string database, string key) =>
        Assert.Single((await ReadStoreAsync(database, store => store.GetHistoryAsync(new ChangeHistoryQuery { SubjectKey = key, Take = 1 }))).Items);

    private static Task<GraphStatistics> StatisticsAsync(string database) => ReadStoreAsync(database, store => store.GetStatisticsAsync());

    private static Task<(long Version, int Sources, int Entities, int Relationships)> SnapshotAsync(string database) =>
        ReadStoreAsync(database, async store =>
        {
            var statistics = await store.GetStatisticsAsync();
            return (await store.GetGraphVersionAsync(), statistics.SourceCount, statistics.EntityCount, statistics.RelationshipCount);
        });
}
