using System.Diagnostics;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly string brokenSeed = Path.Combine(Path.GetTempPath(), $"kg-broken-seed-{Guid.NewGuid():N}");

    [Fact]
    public async Task Validate_on_the_real_seed_exits_0()
    {
        var (code, output, error) = await RunAsync("validate", RepositoryPaths.Seed);

        Assert.Equal(0, code);
        Assert.Contains("valid", output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public async Task Validate_on_a_broken_seed_exits_1_naming_the_file()
    {
        CopyDirectory(RepositoryPaths.Seed, brokenSeed);
        var projects = Path.Combine(brokenSeed, "entities", "projects.json");
        await File.WriteAllTextAsync(projects, (await File.ReadAllTextAsync(projects))[..40]);

        var (code, _, error) = await RunAsync("validate", brokenSeed);

        Assert.Equal(1, code);
        Assert.Contains("projects.json", error);
    }

    [Fact]
    public async Task Validate_on_a_missing_directory_exits_1()
    {
        var (code, _, error) = await RunAsync("validate", brokenSeed);

        Assert.Equal(1, code);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public async Task Stats_on_the_real_seed_exits_0_and_prints_counts()
    {
        var (code, output, _) = await RunAsync("stats", RepositoryPaths.Seed);

        Assert.Equal(0, code);
        Assert.Contains("Project", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Executable_dispatches_validate_and_returns_its_exit_code()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Api.dll"));
        start.ArgumentList.Add("validate");
        start.ArgumentList.Add(RepositoryPaths.Seed);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("valid", output);
    }

    public void Dispose()
    {
        if (Directory.Exists(brokenSeed))
        {
            Directory.Delete(brokenSeed, recursive: true);
        }
    }

    [Fact]
    public async Task Copy_between_the_same_store_exits_1_and_says_why()
    {
        var (code, _, error) = await RunAsync("copy", "--from", "Sqlite", "--to", "sqlite");

        Assert.Equal(1, code);
        Assert.Contains("two different stores", error);
    }

    [Fact]
    public async Task Copy_without_a_target_exits_1_naming_the_argument()
    {
        var (code, _, error) = await RunAsync("copy", "--from", "Sqlite");

        Assert.Equal(1, code);
        Assert.Contains("--to is required", error);
    }

    [Fact]
    public async Task Copy_to_neo4j_without_its_uri_exits_1_naming_the_missing_key()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-copy-{Guid.NewGuid():N}.db");
        try
        {
            var (code, _, error) = await RunAsync(
                "copy", "--from", "Sqlite", "--to", "Neo4j", $"--Storage:Sqlite:Path={path}", "--Storage:Neo4j:Uri=");

            Assert.Equal(1, code);
            Assert.Contains("Storage:Neo4j:Uri", error);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
