using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Validation;

namespace KnowledgeGraph.Api.Tests.Cli;

/// <summary><c>export --format</c> and <c>import</c> of CSV files through the command line, on SQLite files.</summary>
public sealed class CsvImportExportCommandTests() : CommandLineWorkspace("csv-cli")
{
    [Fact]
    public async Task Csv_export_then_csv_import_into_an_empty_store_gives_the_same_json_export_and_a_summary()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var csv = Path.Combine(Folder, "csv");

        var (exportCode, exportOutput, _) = await RunAsync("export", "--format", "csv", "--output", csv, StoreArgument(FirstDatabase));
        var (importCode, importOutput, importError) = await RunAsync(
            "import", "--entities", Path.Combine(csv, "entities.csv"), "--relationships", Path.Combine(csv, "relationships.csv"),
            "--sources", Path.Combine(csv, "sources.csv"), StoreArgument(SecondDatabase));

        Assert.Equal((0, 0), (exportCode, importCode));
        Assert.Contains("(csv,", exportOutput);
        Assert.True(File.Exists(Path.Combine(csv, "sources.csv")), importError);
        Assert.Matches(@"entities: +\d+ created, 0 updated, 0 unchanged", importOutput);
        Assert.Contains("took", importOutput);
        Assert.Equal(await ExportJsonAsync(FirstDatabase), await ExportJsonAsync(SecondDatabase));
    }

    [Fact]
    public async Task Importing_the_same_csv_again_reports_every_record_unchanged()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var csv = Path.Combine(Folder, "csv");
        await RunSucceedingAsync("export", "--format", "csv", "--output", csv, StoreArgument(FirstDatabase));

        var (code, output, _) = await RunAsync(
            "import", "--entities", Path.Combine(csv, "entities.csv"), "--relationships", Path.Combine(csv, "relationships.csv"), StoreArgument(FirstDatabase));

        Assert.Equal(0, code);
        Assert.Matches(@"relationships: 0 created, 0 updated, \d+ unchanged", output);
    }

    [Fact]
    public async Task A_bad_cell_exits_1_naming_file_line_and_column_and_nothing_is_written()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var before = await GraphVersionAsync(FirstDatabase);
        var entities = Path.Combine(Folder, "entities.csv");
        await File.WriteAllTextAsync(entities,
            "key,kind,name,sources,startYear\nnew-port,Project,New port,seed-article,2020\nother-port,Project,\"Other, port\",seed-article,3000\n");

        var (code, output, error) = await RunAsync("import", "--entities", entities, StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("entities.csv:3 (column startYear)", error);
        Assert.Contains($"[{ValidationCodes.OutOfRange}]", error);
        Assert.Contains("Nothing imported", error);
        Assert.Equal(before, await GraphVersionAsync(FirstDatabase));
    }

    [Fact]
    public async Task A_row_that_would_change_a_stored_entitys_kind_exits_1_naming_file_line_and_column_and_nothing_is_written()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var before = await GraphVersionAsync(FirstDatabase);
        var entities = Path.Combine(Folder, "entities.csv");
        await File.WriteAllTextAsync(entities,
            "key,kind,name,sources\nnew-port,Project,New port,seed-article\nkhorgos-gateway-dry-port,Person,Khorgos,seed-article\n");

        var (code, output, error) = await RunAsync("import", "--entities", entities, StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("entities.csv:3 (column kind): Entity 'khorgos-gateway-dry-port' is a Project; its kind cannot change to Person.", error);
        Assert.Contains($"[{ValidationCodes.KindChangeNotAllowed}]", error);
        Assert.Contains("Nothing imported", error);
        Assert.Equal(before, await GraphVersionAsync(FirstDatabase));
    }

    [Fact]
    public async Task A_problem_after_parts_were_written_rolls_them_back_and_problems_of_later_parts_are_still_reported()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var before = await GraphVersionAsync(FirstDatabase);
        var entities = Path.Combine(Folder, "entities.csv");
        var rows = new System.Text.StringBuilder("key,kind,name,sources,startYear\n");
        for (var i = 0; i < 12_000; i++)
        {
            // Rows 6,000 and 11,999 (lines 6,002 and 12,001) lie in the second and the third part read.
            rows.Append("bulk-project-").Append(i).Append(",Project,Bulk project ").Append(i).Append(",seed-article,")
                .Append(i is 6_000 or 11_999 ? "3000" : "2020").Append('\n');
        }

        await File.WriteAllTextAsync(entities, rows.ToString());

        var (code, output, error) = await RunAsync("import", "--entities", entities, StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("A problem was found: nothing will be written", error);
        Assert.Contains("entities.csv:6002 (column startYear)", error);
        Assert.Contains("entities.csv:12001 (column startYear)", error);
        Assert.Contains(": 2 problems", error);
        Assert.Equal(before, await GraphVersionAsync(FirstDatabase));
        Assert.Empty(await ReadStoreAsync(FirstDatabase, store => store.GetEntitiesAsync(["bulk-project-0"])));
    }

    [Fact]
    public async Task Entities_may_cite_sources_the_store_already_holds()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var entities = Path.Combine(Folder, "entities.csv");
        await File.WriteAllTextAsync(entities, "key,kind,name,sources\nnew-port,Project,New port,seed-article\n");

        var (code, output, error) = await RunAsync("import", "--entities", entities, StoreArgument(FirstDatabase));

        Assert.True(code == 0, error);
        Assert.Matches(@"entities: +1 created, 0 updated, 0 unchanged", output);
    }

    [Theory]
    [InlineData("graphml", "<graphml")]
    [InlineData("cypher", "MERGE (n:Entity {key: 'khorgos-gateway-dry-port'})")]
    public async Task Single_file_formats_export_to_standard_output(string format, string expected)
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));

        var (code, output, error) = await RunAsync("export", "--format", format, "--output", "-", StoreArgument(FirstDatabase));

        Assert.Equal(0, code);
        Assert.Contains(expected, output);
        Assert.StartsWith("Exported", error);
    }

    [Theory]
    [InlineData("xlsx", "'xlsx' is not a format")]
    [InlineData("csv", "give a directory")]
    public async Task Export_refuses_an_unknown_format_and_csv_to_standard_output(string format, string expected)
    {
        var (code, _, error) = await RunAsync("export", "--format", format, "--output", "-", StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Contains(expected, error);
    }

    private async Task<byte[]> ExportJsonAsync(string database)
    {
        var path = Path.Combine(Folder, $"{Guid.NewGuid():N}.json");
        await RunSucceedingAsync("export", "--output", path, StoreArgument(database));
        return await File.ReadAllBytesAsync(path);
    }
}
