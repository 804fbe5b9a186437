using System.Diagnostics;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// Runs a command to its end under GNU time (<c>/usr/bin/time</c>, Debian package <c>time</c>), which reports the
/// child's own rusage once it is reaped: peak resident memory and CPU time that sampling <c>/proc</c> from outside
/// would miss in a process's last moments. Standard output is returned; both streams are kept in a log file.
/// </summary>
public static class TimedChild
{
    public const string GnuTime = "/usr/bin/time";

    public static async Task<(ChildUsage Usage, string Output)> RunAsync(
        string fileName, IReadOnlyList<string> arguments, string logPath, string? workingDirectory = null)
    {
        if (!File.Exists(GnuTime))
        {
            throw new InvalidOperationException($"{GnuTime} is missing: install GNU time (`apt-get install time`).");
        }

        var usagePath = logPath + ".time";
        var start = new ProcessStartInfo(GnuTime, ["-f", ChildUsage.TimeFormat, "-o", usagePath, fileName, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await File.WriteAllTextAsync(logPath, $"$ {fileName} {string.Join(' ', arguments)}\n{await output}\n--- stderr ---\n{await error}");
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"`{Path.GetFileName(fileName)} {string.Join(' ', arguments)}` exited with {process.ExitCode}; output in {logPath}:\n{Tail(await error)}");
        }

        return (ChildUsage.Parse(await File.ReadAllTextAsync(usagePath)), await output);
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : "…" + text[^2000..];
}
