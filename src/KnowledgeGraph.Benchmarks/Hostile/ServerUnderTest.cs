using KnowledgeGraph.Benchmarks.Measuring;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// The server the hostile classes are sent to: one this tool started (a temporary SQLite file loaded from the seed,
/// logging at Warning so that console output is not what gets measured, optionally without rate limit), which it can
/// restart when a class left it busy, or one already running, given by loopback URL and process id.
/// </summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    private readonly HostileOptions _options;
    private readonly DirectoryInfo? _data;
    private ApiProcess? _process;

    private ServerUnderTest(HostileOptions options, DirectoryInfo? data)
    {
        _options = options;
        _data = data;
    }

    public Uri BaseAddress => _process?.BaseAddress ?? _options.Url!;

    public int Pid => _process?.Id ?? _options.Pid!.Value;

    public bool CanRestart => _process is not null;

    public string Description => _process is null
        ? $"already running at {_options.Url} (pid {_options.Pid}); rate limit as that server is configured"
        : $"started by the tool: `{_process.CommandLine}` (pid {_process.Id}); rate limit "
          + (_options.DisableRateLimit ? "disabled (--disable-rate-limit, the default)" : "as configured (--keep-rate-limit)");

    public static async Task<ServerUnderTest> StartOrAttachAsync(HostileOptions options)
    {
        if (!options.StartsServer)
        {
            return ProcessSample.Read(options.Pid!.Value) is null
                ? throw new ArgumentException($"No process {options.Pid} on this machine: --pid must name the server's process.")
                : new ServerUnderTest(options, null);
        }

        var server = new ServerUnderTest(options, Directory.CreateTempSubdirectory("kg-hostile-"));
        await server.RestartAsync();
        return server;
    }

    /// <summary>Kills the started server, whatever it is doing, and starts it again on the same store file.</summary>
    public async Task RestartAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        var configuration = new Dictionary<string, string>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(_data!.FullName, "knowledgegraph.db"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (_options.DisableRateLimit)
        {
            configuration["GraphQL:RateLimit:Enabled"] = "false";
        }

        _process = await ApiProcess.StartAsync(_options.ApiDll, configuration);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        _data?.Delete(recursive: true);
    }
}
