using System.Globalization;
using System.Net.WebSockets;
using KnowledgeGraph.Benchmarks.Measuring;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// The <c>hostile</c> mode: sends each hostile class to the server (bounded count, concurrency, per-request timeout and
/// time per class), measures the server process from /proc before, at the last answer and once its CPU use is idle
/// again, and prints one table row per class, then notes (classes stopped at their limit, restarts, sockets) and what
/// each class sends. A server the tool started is killed at the end, and restarted before the next class when a class
/// left it busy, dead or holding much more memory than when fresh, so that every class starts from a comparable server.
/// </summary>
public static class HostileBenchmark
{
    private const int WarmupRequests = 1_000;
    private const int MaxWarmupRounds = 6;
    private const double WarmCpuSecondsAfterBurst = 0.05;
    private const double RestartAboveFreshMegabytes = 100;

    public static async Task<int> RunAsync(HostileOptions options, TextWriter output, TextWriter progress)
    {
        output.WriteLine("## Hostile traffic");
        output.WriteLine();
        output.WriteLine($"Machine: {MachineInfo.Describe()}");
        output.WriteLine();
        output.WriteLine($"Load average at start: {MachineInfo.LoadAverage()}");
        await using var server = await ServerUnderTest.StartOrAttachAsync(options);
        output.WriteLine();
        output.WriteLine($"Server: {server.Description}.");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sending: {options.Concurrency} concurrent requests, {options.RequestTimeoutSeconds} s client timeout per request, at most {options.ClassSeconds} s per class; "
            + $"then up to {options.IdleTimeoutSeconds} s (at least {IdleWait.Settle.TotalSeconds:F0} s) for the server's CPU use to fall under {IdleWait.IdleCores:F2} cores; fuzz seed {options.Seed}."));

        var fuzz = new MalformedDocumentGenerator(options.Seed);
        var session = await Session.OpenAsync(server, options, fuzz, targets: null, progress);
        var selected = Enumerable.Range(0, session.Catalog.Count)
            .Where(i => options.Classes.Count == 0 || options.Classes.Any(c => session.Catalog[i].Name.StartsWith(c, StringComparison.Ordinal)))
            .ToList();
        if (selected.Count == 0)
        {
            session.Dispose();
            throw new ArgumentException($"No class matches --classes; the classes are {string.Join(", ", session.Catalog.Select(c => c.Name))}.");
        }

        output.WriteLine();
        output.WriteLine(ClassMeasurement.TableHeader);
        var notes = new List<string>();
        try
        {
            foreach (var index in selected)
            {
                var hostile = session.Catalog[index];
                progress.WriteLine($"[hostile] {hostile.Name}: up to {hostile.Count:N0} requests");
                var measurement = await MeasureAsync(hostile, server.Pid, options);
                output.WriteLine(measurement.TableRow());
                if (measurement.StoppedAtClassLimit)
                {
                    notes.Add($"{hostile.Name}: stopped at the {options.ClassSeconds} s class limit after {measurement.Sent:N0} of {hostile.Count:N0} requests.");
                }

                if (hostile.FinishAsync is not null)
                {
                    notes.Add(await hostile.FinishAsync());
                }

                var leftBehind = LeftBehind(measurement, session.FreshRssMegabytes);
                if (leftBehind is null || index == selected[^1])
                {
                    continue;
                }

                if (server.CanRestart)
                {
                    notes.Add($"{hostile.Name}: {leftBehind}; the tool killed it and started it again for the next class.");
                    session.Dispose();
                    await server.RestartAsync();
                    session = await Session.OpenAsync(server, options, fuzz, session.Targets, progress);
                }
                else if (measurement.Idle.ServerExited)
                {
                    notes.Add($"{hostile.Name}: {leftBehind}; the remaining classes were not run.");
                    break;
                }
                else
                {
                    notes.Add($"{hostile.Name}: {leftBehind}; the figures of the classes after it include that.");
                }
            }
        }
        finally
        {
            session.Dispose();
        }

        output.WriteLine();
        foreach (var note in notes)
        {
            output.WriteLine($"- {note}");
        }

        output.WriteLine();
        output.WriteLine("What each class sends:");
        output.WriteLine();
        foreach (var index in selected)
        {
            var hostile = session.Catalog[index];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {hostile.Name}: {hostile.Count:N0} × {hostile.Attack}"));
        }

        output.WriteLine();
        output.WriteLine($"Load average at the end: {MachineInfo.LoadAverage()}");
        return 0;
    }

    /// <summary>
    /// What a class left in the server that would distort the next class's figures: work still running, a dead
    /// process, or memory more than <see cref="RestartAboveFreshMegabytes"/> above the fresh server's; null when nothing.
    /// </summary>
    private static string? LeftBehind(ClassMeasurement measurement, double freshRssMegabytes) =>
        measurement.Idle.ServerExited ? "the server exited"
        : !measurement.Idle.ReturnedToIdle ? "the server was still busy"
        : measurement.After.RssMegabytes > freshRssMegabytes + RestartAboveFreshMegabytes
            ? string.Create(CultureInfo.InvariantCulture, $"the server kept {measurement.After.RssMegabytes - freshRssMegabytes:F0} MB more than when fresh")
            : null;

    private static async Task<ClassMeasurement> MeasureAsync(HostileClass hostile, int pid, HostileOptions options)
    {
        var before = ProcessSample.ReadRunning(pid);
        await using var sampler = new ProcessSampler(pid, before);
        var outcomes = new OutcomeTally();
        var sent = 0;
        var next = -1;
        using var classLimit = new CancellationTokenSource(TimeSpan.FromSeconds(options.ClassSeconds));
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            while (!classLimit.IsCancellationRequested)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= hostile.Count)
                {
                    return;
                }

                Interlocked.Increment(ref sent);
                outcomes.Add(await SendOneAsync(hostile, i, TimeSpan.FromSeconds(options.RequestTimeoutSeconds), classLimit.Token));
            }
        })));

        var stopped = sent < hostile.Count || outcomes.Count(AbandonedAtClassLimit) > 0;
        if (sampler.Take(pid) is not { } atLastAnswer)
        {
            var last = sampler.Last;
            return new ClassMeasurement(hostile, sent, outcomes, stopped, before, last, last, sampler.PeakRssMegabytes,
                new IdleWait(null, 0, 0, ServerExited: true));
        }

        var (idle, after) = await IdleWait.ForAsync(() => sampler.Take(pid), atLastAnswer, TimeSpan.FromSeconds(options.IdleTimeoutSeconds));
        return new ClassMeasurement(hostile, sent, outcomes, stopped, before, atLastAnswer, after, sampler.PeakRssMegabytes, idle);
    }

    private const string AbandonedAtClassLimit = "abandoned at the class limit";

    /// <summary>Sends request <paramref name="index"/> and names how it ended, client-side failures included.</summary>
    private static async Task<string> SendOneAsync(HostileClass hostile, int index, TimeSpan timeout, CancellationToken classLimit)
    {
        using var request = CancellationTokenSource.CreateLinkedTokenSource(classLimit);
        request.CancelAfter(timeout);
        try
        {
            return await hostile.SendAsync(index, request.Token);
        }
        catch (OperationCanceledException) when (classLimit.IsCancellationRequested)
        {
            return AbandonedAtClassLimit;
        }
        catch (OperationCanceledException)
        {
            return string.Create(CultureInfo.InvariantCulture, $"client timeout ({timeout.TotalSeconds:F0} s)");
        }
        catch (HttpRequestException exception)
        {
            return $"connection error ({exception.HttpRequestError})";
        }
        catch (WebSocketException exception)
        {
            return $"WebSocket error ({exception.WebSocketErrorCode})";
        }
    }

    /// <summary>The HTTP client and the classes bound to one server process (a restart gets a new one: a new port).</summary>
    private sealed record Session(HttpClient Client, ExportTargets Targets, IReadOnlyList<HostileClass> Catalog, double FreshRssMegabytes) : IDisposable
    {
        public static async Task<Session> OpenAsync(
            ServerUnderTest server, HostileOptions options, MalformedDocumentGenerator fuzz, ExportTargets? targets, TextWriter progress)
        {
            var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, UseProxy = false };
            var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
            var http = new HostileHttp(client);

            targets ??= await ExportTargets.ResolveAsync(client, options);

            await WarmUpAsync(http, server.Pid, options, progress);
            var fresh = ProcessSample.ReadRunning(server.Pid);
            return new Session(client, targets, HostileCatalog.Build(http, targets, fuzz, options.FuzzCasesPerShape), fresh.RssMegabytes);
        }

        public void Dispose() => Client.Dispose();

        /// <summary>
        /// Compiles the ordinary request path before the first class. The runtime recompiles hot methods in the
        /// background after a burst (in steps: instrumented, then optimised), so bursts are repeated until one leaves
        /// no such work behind. A server that refuses them (its rate limit) is not warmed further.
        /// </summary>
        private static async Task WarmUpAsync(HostileHttp http, int pid, HostileOptions options, TextWriter progress)
        {
            for (var round = 0; round < MaxWarmupRounds; round++)
            {
                for (var i = 0; i < WarmupRequests; i++)
                {
                    var answer = await http.PostJsonAsync(new { query = "{ __typename }" }, CancellationToken.None);
                    if (answer != "200")
                    {
                        progress.WriteLine($"[hostile] warm-up stopped: the server answered {answer}");
                        return;
                    }
                }

                var burstEnd = ProcessSample.ReadRunning(pid);
                var (_, settled) = await IdleWait.ForAsync(() => ProcessSample.Read(pid), burstEnd, TimeSpan.FromSeconds(options.IdleTimeoutSeconds));
                if (settled.CpuSeconds - burstEnd.CpuSeconds < WarmCpuSecondsAfterBurst)
                {
                    return;
                }
            }
        }
    }
}
