using System.Diagnostics;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// Runs the Node scripts of tests/e2e. Node is <c>$NODE</c> or <c>node</c> on PATH; the packages must have been installed
/// with <c>npm ci --prefix tests/e2e</c> (scripts/test.sh does it).
/// </summary>
public static class NodeScripts
{
    public static string NodeExecutable => Environment.GetEnvironmentVariable("NODE") is { Length: > 0 } node ? node : FindOnPath("node");

    /// <summary>Chromium for the IDE test: <c>$CHROMIUM_PATH</c>, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ChromiumExecutable =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Packages of tests/e2e/package.json whose absence means the lock file's set was not installed.</summary>
    private static readonly string[] RequiredPackages =
        ["graphql-http", "playwright-core", "graphql17", "@apollo/client", "@graphql-codegen/cli", "graphql-schema-linter"];

    public static void EnsureInstalled()
    {
        if (RequiredPackages.Any(package => !Directory.Exists(Path.Combine(RepositoryPaths.E2e, "node_modules", package))))
        {
            throw new InvalidOperationException(
                $"The e2e packages are missing in {RepositoryPaths.E2e}/node_modules: run `npm ci --prefix tests/e2e` from the repository root (scripts/test.sh does it).");
        }
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo(NodeExecutable)
        {
            WorkingDirectory = RepositoryPaths.E2e,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.E2e, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout.TotalSeconds} s.\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"'{name}' was not found on PATH; install Node.js 20+ or set NODE to its path.");
    }
}
