using System.Globalization;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Benchmarks.Measuring;

/// <summary>What the figures were measured on: processors, memory, CPU model (from /proc where available), .NET version.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = ReadProc("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadProc("/proc/meminfo", "MemTotal");
        var memoryText = memory is not null && long.TryParse(memory.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture, out var kb)
            ? $"{kb / 1024.0 / 1024.0:F1} GiB"
            : "unknown";
        return $"{Environment.ProcessorCount} logical processors, {memoryText} memory, CPU {cpu}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}";
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), to judge how busy the machine was while measuring.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string? ReadProc(string file, string field)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Where(l => l.StartsWith(field, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
