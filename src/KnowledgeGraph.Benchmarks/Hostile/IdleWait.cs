using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// Whether the server's CPU use fell back to idle after a class's last answer, and when: idle means less than
/// <see cref="IdleCores"/> of a core over a one-second window. The wait lasts at least <see cref="Settle"/> (so work
/// that continues after the answer shows) and at most the given timeout.
/// </summary>
public sealed record IdleWait(double? IdleAfterSeconds, double BusyCores, double WaitedSeconds, bool ServerExited)
{
    public const double IdleCores = 0.05;

    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    public bool ReturnedToIdle => IdleAfterSeconds is not null;

    /// <summary>
    /// Samples the process every 250 ms (through <paramref name="take"/>, null once it has exited) from
    /// <paramref name="atLastAnswer"/> on; returns the wait and the last sample.
    /// </summary>
    public static async Task<(IdleWait Wait, ProcessSample Last)> ForAsync(Func<ProcessSample?> take, ProcessSample atLastAnswer, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var samples = new List<(double Seconds, ProcessSample Sample)> { (0, atLastAnswer) };
        double? idleAfter = null;
        while (clock.Elapsed < timeout)
        {
            await Task.Delay(Interval);
            if (take() is not { } sample)
            {
                return (new IdleWait(null, 0, clock.Elapsed.TotalSeconds, ServerExited: true), samples[^1].Sample);
            }

            var now = clock.Elapsed.TotalSeconds;
            samples.Add((now, sample));
            var windowStart = WindowStart(samples, now);
            if (idleAfter is null && now >= Window.TotalSeconds && Cores(windowStart, (now, sample)) < IdleCores)
            {
                idleAfter = windowStart.Seconds;
            }

            if (idleAfter is not null && clock.Elapsed >= Settle)
            {
                break;
            }
        }

        var last = samples[^1];
        return (new IdleWait(idleAfter, Cores(WindowStart(samples, last.Seconds), last), last.Seconds, ServerExited: false), last.Sample);
    }

    /// <summary>The latest sample at least one window before <paramref name="now"/> (the first sample when none is that old).</summary>
    private static (double Seconds, ProcessSample Sample) WindowStart(List<(double Seconds, ProcessSample Sample)> samples, double now) =>
        samples.LastOrDefault(s => s.Seconds <= now - Window.TotalSeconds + 0.01, samples[0]);

    /// <summary>Cores kept busy between two samples: CPU seconds per elapsed second.</summary>
    private static double Cores((double Seconds, ProcessSample Sample) from, (double Seconds, ProcessSample Sample) to) =>
        to.Seconds > from.Seconds ? (to.Sample.CpuSeconds - from.Sample.CpuSeconds) / (to.Seconds - from.Seconds) : 0;

    public override string ToString() => ServerExited
        ? "server exited"
        : IdleAfterSeconds is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $"after {seconds:F1} s")
            : string.Create(CultureInfo.InvariantCulture, $"**no**: {BusyCores:F1} cores busy after {WaitedSeconds:F0} s");
}
