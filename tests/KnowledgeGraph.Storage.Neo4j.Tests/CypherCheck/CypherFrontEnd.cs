using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Tests.CypherCheck;

/// <summary>
/// Runs tests/cypher-check/check.mjs, Neo4j's own Cypher front-end, over statements: writes the manifest (schema from
/// the registries, the allowed warnings, the statements with their builder names) to a temporary folder, runs Node
/// on it, and reads the result back. Node is <c>$NODE</c> or <c>node</c> on PATH; the package must have been
/// installed with <c>npm ci --prefix tests/cypher-check</c> (scripts/test.sh does it). The folder is deleted unless
/// the check failed, so a failure can be rerun by hand.
/// </summary>
public static class CypherFrontEnd
{
    public const string CypherVersion = "5";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    private static readonly string Root = FindRepositoryRoot();

    public static string ScriptDirectory => Path.Combine(Root, "tests", "cypher-check");

    public static string SeedDirectory => Path.Combine(Root, "seed");

    public static async Task<CypherCheckRun> CheckAsync(IReadOnlyList<CheckedStatement> statements, IReadOnlyList<AllowedWarning> allowedWarnings)
    {
        if (!Directory.Exists(Path.Combine(ScriptDirectory, "node_modules", "@neo4j-cypher", "language-support")))
        {
            throw new InvalidOperationException(
                $"The Cypher check's package is missing in {ScriptDirectory}/node_modules: run `npm ci --prefix tests/cypher-check` from the repository root (scripts/test.sh does it).");
        }

        var folder = Path.Combine(Path.GetTempPath(), "knowledgegraph-cypher-check", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var manifestPath = Path.Combine(folder, "manifest.json");
        var resultPath = Path.Combine(folder, "result.json");
        var manifest = new CypherCheckManifest(CypherVersion, Neo4jSchemaDescription.FromRegistries(), allowedWarnings, statements);
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest, Json));

        var (exitCode, output, error) = await RunNodeAsync(Path.Combine(ScriptDirectory, "check.mjs"), manifestPath, resultPath);
        var result = File.Exists(resultPath) ? JsonSerializer.Deserialize<CypherCheckResult>(await File.ReadAllTextAsync(resultPath), Json) : null;
        var run = new CypherCheckRun(exitCode, output, error, result, folder);
        if (exitCode == 0)
        {
            Directory.Delete(folder, recursive: true);
        }

        return run;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("NODE") is { Length: > 0 } node ? node : "node")
        {
            WorkingDirectory = ScriptDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The Cypher check did not finish within {Timeout.TotalMinutes} minutes.\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"KnowledgeGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
