using System.Text;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Cli;

/// <summary>The write phase of <c>import</c>: its progress on standard error, and Ctrl+C during it.</summary>
public sealed class ImportWritePhaseTests() : CommandLineWorkspace("import-write")
{
    /// <summary>One source and enough entities to pass the size from which the write shows its progress.</summary>
    private const int EntityCount = 10_000;

    [Fact]
    public async Task A_large_csv_import_reports_records_written_and_history_recorded_with_rate_and_time_left()
    {
        var (entities, sources) = await WriteBulkCsvAsync();

        var (code, output, error) = await RunAsync("import", "--entities", entities, "--sources", sources, StoreArgument(FirstDatabase));

        Assert.True(code == 0, error);
        Assert.Contains("Writing 10,001 records in one transaction…", error);
        Assert.Contains("Writing: 100% (10,001 records of 10,001 records", error);
        Assert.Contains("Recording history: 100% (10,001 records of 10,001 records", error);
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

    private async Task<(string Entities, string Sources)> WriteBulkCsvAsync()
    {
        var sources = Path.Combine(Folder, "sources.csv");
        await File.WriteAllTextAsync(sources, "key,title\nbulk-register,Bulk company register\n");
        var rows = new StringBuilder("key,kind,name,sources\n");
        for (var i = 0; i < EntityCount; i++)
        {
            rows.Append("bulk-company-").Append(i).Append(",COMPANY,Bulk company ").Append(i).Append(",bulk-register\n");
        }

        var entities = Path.Combine(Folder, "entities.csv");
        await File.WriteAllTextAsync(entities, rows.ToString());
        return (entities, sources);
    }
}
