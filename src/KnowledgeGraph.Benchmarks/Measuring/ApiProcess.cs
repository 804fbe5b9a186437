using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Benchmarks.Measuring;

/// <summary>
/// The real API as a child process (<c>dotnet KnowledgeGraph.Api.dll --urls http://127.0.0.1:&lt;free port&gt;
/// --Key=Value …</c>, environment Production, output drained and dropped), ready once <c>/readyz</c> answers 200.
/// Disposing kills it, whatever it is doing.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(120);

    private readonly Process _process;

    private ApiProcess(Process process, Uri baseAddress, string commandLine)
    {
        _process = process;
        BaseAddress = baseAddress;
        CommandLine = commandLine;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What was started, for the report: the dll and every configuration argument.</summary>
    public string CommandLine { get; }

    /// <summary>
    /// Starts the API with the given configuration (command-line keys, highest precedence) and waits until
    /// <paramref name="waitFor"/> answers 200: <c>readyz</c> (ready), or <c>healthz</c> (merely listening).
    /// </summary>
    public static async Task<ApiProcess> StartAsync(string apiDll, IReadOnlyDictionary<string, string> configuration, string waitFor = "readyz")
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var dll = Path.GetFullPath(apiDll);
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"No API build at '{dll}'; run `dotnet build src/KnowledgeGraph.Api -c Release` first.", dll);
        }

        string[] arguments = [dll, "--urls", baseAddress.ToString().TrimEnd('/'), .. configuration.Select(c => $"--{c.Key}={c.Value}")];
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = Process.Start(start) ?? throw new InvalidOperationException("The API process did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, baseAddress, $"dotnet {Path.GetFileName(dll)} {string.Join(' ', arguments[1..])}");
        try
        {
            await api.WaitUntilAsync(waitFor);
            return api;
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>Polls <paramref name="path"/> every 50 ms until it answers 200.</summary>
    public async Task WaitUntilAsync(string path)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false };
        using var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ReadyWithin)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync(path);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still loading the store.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The API did not answer /{path} within {ReadyWithin.TotalSeconds:F0} s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
