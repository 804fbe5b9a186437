using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// Progress of a long import or export on standard error. On a terminal one line is redrawn in place (<c>\r</c>) at
/// most ten times a second; when standard error is redirected to a file or a pipe, a plain line is written at every
/// tenth of the way, so logs stay readable. Small jobs (under <c>threshold</c>) show nothing. Once some of the work is
/// done, the line also tells the rate so far and the time left at that rate.
/// </summary>
internal sealed class ProgressBar : IProgress<long>
{
    private const int Width = 30;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly string _label;
    private readonly long _total;
    private readonly Func<long, string> _format;
    private readonly bool _interactive;
    private readonly bool _enabled;
    private readonly Stopwatch _sinceDraw = Stopwatch.StartNew();
    private readonly Stopwatch _sinceStart = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private int _lastTenth = -1;
    private bool _drawn;

    public ProgressBar(TextWriter error, string label, long total, long threshold, Func<long, string> format, bool interactive)
    {
        _error = error;
        _label = label;
        _total = total;
        _format = format;
        _interactive = interactive;
        _enabled = total >= threshold && total > 0;
    }

    /// <summary>True when <paramref name="error"/> is this process's standard error and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    public static string Records(long records) => string.Create(CultureInfo.InvariantCulture, $"{records:N0} records");

    public static string Steps(long steps) => string.Create(CultureInfo.InvariantCulture, $"{steps:N0} {(steps == 1 ? "step" : "steps")}");

    public void Report(long value)
    {
        if (!_enabled)
        {
            return;
        }

        lock (_lock)
        {
            var fraction = Math.Clamp((double)value / _total, 0, 1);
            if (_interactive)
            {
                if (_sinceDraw.Elapsed < RedrawInterval && value < _total)
                {
                    return;
                }

                _sinceDraw.Restart();
                var filled = (int)(fraction * Width);
                _error.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r{_label} [{new string('#', filled)}{new string('-', Width - filled)}] {fraction * 100,3:0}% {_format(value)} of {_format(_total)}{Pace(value)}"));
                _drawn = true;
                return;
            }

            var tenth = (int)(fraction * 10);
            if (tenth > _lastTenth)
            {
                _lastTenth = tenth;
                _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_label}: {fraction * 100:0}% ({_format(value)} of {_format(_total)}{Pace(value)})"));
            }
        }
    }

    /// <summary>", 12,000 records/s, 0:42 left" once there is a rate to tell; nothing before.</summary>
    private string Pace(long value)
    {
        var seconds = _sinceStart.Elapsed.TotalSeconds;
        if (value <= 0 || seconds <= 0)
        {
            return string.Empty;
        }

        var rate = value / seconds;
        var left = TimeSpan.FromSeconds(Math.Max(0, _total - value) / rate);
        var format = left >= TimeSpan.FromHours(1) ? @"h\:mm\:ss" : @"m\:ss";
        return string.Create(CultureInfo.InvariantCulture, $", {_format((long)rate)}/s, {left.ToString(format, CultureInfo.InvariantCulture)} left");
    }

    /// <summary>Ends the redrawn line, so that what follows starts on a line of its own.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            if (_drawn)
            {
                _error.WriteLine();
                _drawn = false;
            }
        }
    }
}
