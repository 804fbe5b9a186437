using System.Globalization;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// A process's CPU time (user + system) and resident memory at one moment, read from Linux's <c>/proc/&lt;pid&gt;/stat</c>
/// and <c>/proc/&lt;pid&gt;/status</c>: the server-side cost of a hostile request, measured from outside the server.
/// </summary>
public readonly record struct ProcessSample(double CpuSeconds, double RssMegabytes)
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK in Linux's unistd.h

    private static readonly Lazy<long> TicksPerSecond = new(() => sysconf(ClockTicksName) is var ticks and > 0 ? ticks : 100);

    /// <summary>The sample of a running process, or null when it has exited (a zombie has no VmRSS line).</summary>
    public static ProcessSample? Read(int pid)
    {
        try
        {
            return new ProcessSample(
                ParseCpuSeconds(File.ReadAllText($"/proc/{pid}/stat"), TicksPerSecond.Value),
                ParseRssMegabytes(File.ReadAllText($"/proc/{pid}/status")));
        }
        catch (Exception exception) when (exception is IOException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The sample of a process that must be running (the server under test before a class).</summary>
    public static ProcessSample ReadRunning(int pid) =>
        Read(pid) ?? throw new InvalidOperationException($"The server process {pid} is gone.");

    /// <summary>
    /// utime + stime, fields 14 and 15 of <c>/proc/&lt;pid&gt;/stat</c>, in seconds. Field 2, the command name in
    /// parentheses, may itself hold spaces and parentheses, so fields are counted from the last <c>)</c>.
    /// </summary>
    public static double ParseCpuSeconds(string stat, long ticksPerSecond)
    {
        var end = stat.LastIndexOf(')');
        if (end < 0)
        {
            throw new FormatException("Not a /proc/<pid>/stat line: no ')' closes the command name.");
        }

        // After ") " come the fields from 3 (state) on, so field n is at index n - 3.
        var fields = stat[(end + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 13)
        {
            throw new FormatException($"A /proc/<pid>/stat line has at least 15 fields; this one has {fields.Length + 2}.");
        }

        var ticks = long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
        return (double)ticks / ticksPerSecond;
    }

    /// <summary>The <c>VmRSS:   142308 kB</c> line of <c>/proc/&lt;pid&gt;/status</c>, in MiB.</summary>
    public static double ParseRssMegabytes(string status)
    {
        foreach (var line in status.Split('\n'))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var parts = line["VmRSS:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (parts is [var kilobytes, "kB"])
                {
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0;
                }

                throw new FormatException($"Unexpected VmRSS line '{line.Trim()}'.");
            }
        }

        throw new FormatException("No VmRSS line in /proc/<pid>/status.");
    }

    [DllImport("libc", EntryPoint = "sysconf")]
    private static extern long sysconf(int name);
}
