using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Caching.Tests.Fixtures;

/// <summary>
/// A real <c>redis-server</c> child process on a free loopback port, without persistence, in its own temp
/// directory. It can be stopped and started again on the same port to simulate an outage.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string _directory;
    private Process? _process;

    private RedisServer(int port, string directory)
    {
        Port = port;
        _directory = directory;
    }

    public int Port { get; }

    /// <summary>Connection string for the cache: short timeouts so that an outage is noticed quickly.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},connectTimeout=2000,syncTimeout=2000,asyncTimeout=2000,connectRetry=1";

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<RedisServer> StartAsync()
    {
        var executable = FindExecutable() ?? throw new InvalidOperationException(
            "redis-server is not installed: run `apt-get update && apt-get install -y redis-server`.");
        var directory = Directory.CreateTempSubdirectory("kg-redis-").FullName;
        var server = new RedisServer(FreePort(), directory) { Executable = executable };
        await server.StartAgainAsync();
        return server;
    }

    private string Executable { get; init; } = "redis-server";

    /// <summary>Starts the process (again) on the same port and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _directory })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        var started = _process;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillQuietly(started);
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode} on port {Port}.");
            }

            if (await PingAsync())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"redis-server did not answer on port {Port} within 10 seconds.");
    }

    /// <summary>Last resort when the test run ends without disposing the fixture (e.g. a failed set-up).</summary>
    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone or already disposed.
        }
    }

    /// <summary>Kills the server (connections drop at once) and waits for the process to end.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }

    /// <summary>Closes every subscriber connection (<c>CLIENT KILL TYPE pubsub</c>) while the server stays up.</summary>
    public async Task KillSubscribersAsync()
    {
        var reply = await SendAsync("CLIENT KILL TYPE pubsub\r\n");
        if (reply is null || reply[0] != ':')
        {
            throw new InvalidOperationException($"CLIENT KILL failed: {reply}");
        }
    }

    private async Task<bool> PingAsync() => (await SendAsync("PING\r\n"))?.StartsWith("+PONG", StringComparison.Ordinal) == true;

    /// <summary>Sends one inline command and returns the first reply chunk, or null when the server cannot be reached.</summary>
    private async Task<string?> SendAsync(string command)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(command));
            var buffer = new byte[256];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return read > 0 ? System.Text.Encoding.ASCII.GetString(buffer, 0, read) : null;
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindExecutable()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/sbin"))
        {
            var candidate = Path.Combine(directory, "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
