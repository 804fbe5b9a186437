namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// Samples a process every 250 ms in the background while a class runs: the highest resident memory seen, and the
/// last sample taken (what is known of a server that died meanwhile).
/// </summary>
public sealed class ProcessSampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private ProcessSample _last;
    private double _peakRss;

    public ProcessSampler(int pid, ProcessSample first)
    {
        _last = first;
        _peakRss = first.RssMegabytes;
        _sampling = SampleAsync(pid);
    }

    public ProcessSample Last => _last;

    public double PeakRssMegabytes => _peakRss;

    /// <summary>Takes a sample now (and counts it); null when the process has exited.</summary>
    public ProcessSample? Take(int pid)
    {
        if (ProcessSample.Read(pid) is not { } sample)
        {
            return null;
        }

        lock (_stop)
        {
            _last = sample;
            _peakRss = Math.Max(_peakRss, sample.RssMegabytes);
        }

        return sample;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(int pid)
    {
        try
        {
            while (Take(pid) is not null)
            {
                await Task.Delay(Interval, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The class is measured.
        }
    }
}
