using System.Net;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// Options of the <c>hostile</c> mode: either <c>--api-dll PATH</c> (default: the Release build; the tool starts the
/// server itself on a temporary SQLite file with the seed) or <c>--url http://127.0.0.1:PORT --pid PID</c> for a server
/// already running on this machine. Only loopback addresses are accepted.
/// </summary>
public sealed record HostileOptions
{
    public const string DefaultApiDll = "src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll";

    public string ApiDll { get; init; } = DefaultApiDll;

    public Uri? Url { get; init; }

    public int? Pid { get; init; }

    /// <summary>Start the server with <c>GraphQL:RateLimit:Enabled=false</c> so that each class meets its own limits (default when the tool starts the server).</summary>
    public bool DisableRateLimit { get; init; } = true;

    /// <summary>Names (or name prefixes) of the classes to run; all when empty.</summary>
    public IReadOnlyList<string> Classes { get; init; } = [];

    public int Concurrency { get; init; } = 4;

    public int RequestTimeoutSeconds { get; init; } = 30;

    /// <summary>A class still sending after this long is stopped and reported as such.</summary>
    public int ClassSeconds { get; init; } = 60;

    /// <summary>How long to wait, after a class's last answer, for the server's CPU use to return to idle.</summary>
    public int IdleTimeoutSeconds { get; init; } = 30;

    public int FuzzCasesPerShape { get; init; } = 125;

    public int Seed { get; init; } = 42;

    /// <summary>Entity key of the neighbourhood export and the start of the path export; found by searching "khorgos" when left out.</summary>
    public string? ExportRoot { get; init; }

    /// <summary>Entity key at the end of the path export; found by searching "kazakhstan" when left out.</summary>
    public string? PathTo { get; init; }

    public bool StartsServer => Url is null;

    public const string Usage =
        "Use: hostile [--api-dll PATH | --url http://127.0.0.1:PORT --pid PID] [--disable-rate-limit | --keep-rate-limit] "
        + "[--classes NAME,PREFIX…] [--concurrency N] [--request-timeout SECONDS] [--class-seconds N] [--idle-timeout SECONDS] "
        + "[--fuzz-cases-per-shape N] [--seed N] [--export-root KEY] [--path-to KEY].";

    public static HostileOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HostileOptions();
        var rateLimitGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--api-dll" => options with { ApiDll = Value() },
                "--url" => options with { Url = LoopbackUrl(Value()) },
                "--pid" => options with { Pid = Positive(Value()) },
                "--disable-rate-limit" => options with { DisableRateLimit = rateLimitGiven = true },
                "--keep-rate-limit" => options with { DisableRateLimit = !(rateLimitGiven = true) },
                "--classes" => options with { Classes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) },
                "--concurrency" => options with { Concurrency = Positive(Value()) },
                "--request-timeout" => options with { RequestTimeoutSeconds = Positive(Value()) },
                "--class-seconds" => options with { ClassSeconds = Positive(Value()) },
                "--idle-timeout" => options with { IdleTimeoutSeconds = Positive(Value()) },
                "--fuzz-cases-per-shape" => options with { FuzzCasesPerShape = Positive(Value()) },
                "--seed" => options with { Seed = Positive(Value()) },
                "--export-root" => options with { ExportRoot = Value() },
                "--path-to" => options with { PathTo = Value() },
                _ => throw new ArgumentException($"Unknown argument '{name}'. {Usage}"),
            };
        }

        if ((options.Url is null) != (options.Pid is null))
        {
            throw new ArgumentException($"--url and --pid go together: the server's address and its process id. {Usage}");
        }

        if (options.Url is not null && rateLimitGiven)
        {
            throw new ArgumentException("--disable-rate-limit and --keep-rate-limit apply only when the tool starts the server (no --url).");
        }

        return options;
    }

    private static Uri LoopbackUrl(string text)
    {
        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"'{text}' is not an http:// URL.");
        }

        var loopback = url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return loopback ? url : throw new ArgumentException($"'{text}' is not a loopback address: the hostile benchmark only targets this machine.");
    }

    private static int Positive(string text) => BenchmarkOptions.ParsePositive(text);
}
