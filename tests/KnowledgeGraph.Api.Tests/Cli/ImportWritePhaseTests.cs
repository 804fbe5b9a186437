using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Cli;

/// <summary>The write phase of <c>import</c>: its progress on standard error, Ctrl+C during it, and a process killed during it.</summary>
public sealed partial class ImportWritePhaseTests() : CommandLineWorkspace("import-write")
{
    /// <summary>One source and enough entities to pass the size from which the write shows its progress.</summary>
    private const int EntityCount = 10_000;

    /// <summary>Enough entities for the bulk path to defer the store's indexes.</summary>
    private const int BulkEntityCount = 60_000;

    [Fact]
    public async Task A_large_csv_import_reports_records_written_with_rate_and_time_left()
    {
        var (entities, sources) = await WriteBulkCsvAsync();

        var (code, output, error) = await RunAsync("import", "--entities", entities, "--sources", sources, StoreArgument(FirstDatabase));

        Assert.True(code == 0, error);
        Assert.Contains("Writing 10,001 records in one transaction…", error);
        Assert.Contains("Writing: 100% (10,001 records of 10,001 records", error);
        Assert.Matches(@"Writing: \d+% \([\d,]+ records of 10,001 records, [\d,]+ records/s, \d+:\d\d left\)", error);
        Assert.Matches(@"entities: +10,?000 created", output);
    }

    [Fact]
    public async Task Ctrl_c_during_the_write_rolls_the_transaction_back_says_so_and_exits_130()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var before = await GraphVersionAsync(FirstDatabase);
        var (entities, sources) = await WriteBulkCsvAsync();

        var (code, output, error) = await RunCancellingAsync(
            "(4,000 records of 10,001 records", "import", "--entities", entities, "--sources", sources, StoreArgument(FirstDatabase));

        Assert.Equal(CommandLine.CancelledExitCode, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Import cancelled: the transaction was rolled back, nothing was written.", error);
        Assert.DoesNotContain("Writing: 100%", error);
        Assert.Equal(before, await GraphVersionAsync(FirstDatabase));
    }

    [Fact]
    public async Task Ctrl_c_before_the_write_writes_nothing_either()
    {
        await RunSucceedingAsync("import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));
        var before = await GraphVersionAsync(FirstDatabase);

        var (code, _, error) = await RunAsync(new CancellationToken(canceled: true), "import", RepositoryPaths.Seed, StoreArgument(FirstDatabase));

        Assert.Equal(CommandLine.CancelledExitCode, code);
        Assert.Contains("nothing was written", error);
        Assert.Equal(before, await GraphVersionAsync(FirstDatabase));
    }

    [Fact]
    public async Task An_import_killed_mid_write_leaves_the_store_as_it_was_its_indexes_included()
    {
        // An empty store and an import large enough for the bulk path, which drops the indexes inside its transaction.
        var version = await GraphVersionAsync(FirstDatabase);
        var schema = await SchemaAsync(FirstDatabase);
        var (entities, sources) = await WriteBulkCsvAsync(BulkEntityCount);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Api.dll"), "import", "--entities", entities, "--sources", sources, StoreArgument(FirstDatabase) })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        string? line;
        while ((line = await process.StandardError.ReadLineAsync()) is not null && !WritingUnderway().IsMatch(line))
        {
        }

        process.Kill();
        await process.WaitForExitAsync();

        Assert.NotNull(line);
        Assert.Equal(version, await GraphVersionAsync(FirstDatabase));
        Assert.Equal(0, await ReadStoreAsync(FirstDatabase, async store => (await store.GetStatisticsAsync()).EntityCount));
        Assert.Equal(schema, await SchemaAsync(FirstDatabase));
    }

    /// <summary>Every table, index and trigger of a store file with its definition.</summary>
    private static Task<List<string>> SchemaAsync(string database) => ReadStoreAsync(database, async store =>
    {
        await using var connection = await store.Connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    });

    /// <summary>A progress line of the write past its first tenth, as printed when standard error is not a terminal.</summary>
    [GeneratedRegex(@"^Writing: [1-9][0-9]% ")]
    private static partial Regex WritingUnderway();

    private async Task<(string Entities, string Sources)> WriteBulkCsvAsync(int count = EntityCount)
    {
        var sources = Path.Combine(Folder, "sources.csv");
        await File.WriteAllTextAsync(sources, "key,title\nbulk-register,Bulk company register\n");
        var rows = new StringBuilder("key,kind,name,sources\n");
        for (var i = 0; i < count; i++)
        {
            rows.Append("bulk-company-").Append(i).Append(",COMPANY,Bulk company ").Append(i).Append(",bulk-register\n");
        }

        var entities = Path.Combine(Folder, "entities.csv");
        await File.WriteAllTextAsync(entities, rows.ToString());
        return (entities, sources);
    }
}
