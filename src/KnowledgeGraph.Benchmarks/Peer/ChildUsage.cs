using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// What the operating system accounted for one finished child process (its <c>wait4</c> rusage, as GNU time reports
/// it): wall seconds, user and system CPU seconds, and the peak resident memory in KiB.
/// </summary>
public sealed record ChildUsage(double WallSeconds, double UserSeconds, double SystemSeconds, long PeakRssKib)
{
    /// <summary>The <c>-f</c> format <see cref="Parse"/> reads: <c>%e %U %S %M</c>.</summary>
    public const string TimeFormat = "%e %U %S %M";

    public double CpuSeconds => UserSeconds + SystemSeconds;

    public double PeakRssMib => PeakRssKib / 1024.0;

    /// <summary>
    /// Reads what <c>/usr/bin/time -f "%e %U %S %M" -o FILE</c> wrote: the last non-empty line (GNU time puts
    /// "Command exited with non-zero status N" before it when the command failed).
    /// </summary>
    public static ChildUsage Parse(string timeOutput)
    {
        var line = timeOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new FormatException("GNU time wrote nothing: was the child killed before it could report?");
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 4
            || !double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var wall)
            || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
            || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system)
            || !long.TryParse(fields[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var peakKib))
        {
            throw new FormatException($"Not a '{TimeFormat}' line of GNU time: '{line}'.");
        }

        return new ChildUsage(wall, user, system, peakKib);
    }
}
