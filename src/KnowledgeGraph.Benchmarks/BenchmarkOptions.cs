using System.Globalization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Command-line options: <c>--sizes 10000,100000 --iterations 200 --query-iterations 50 --data-dir data/bench --seed 42</c>,
/// and for the HTTP comparison <c>--api-dll src/KnowledgeGraph.Api/bin/Release/net10.0/KnowledgeGraph.Api.dll --http-seconds 10 --http-concurrency 8</c>.
/// </summary>
public sealed record BenchmarkOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [10_000, 100_000, 1_000_000];

    /// <summary>Measured requests per scenario and mode (each with a different root or pair).</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>Measured requests per scenario in the per-level SQL mode, which is slow on large graphs.</summary>
    public int QueryIterations { get; init; } = 50;

    public string DataDirectory { get; init; } = Path.Combine("data", "bench");

    public int Seed { get; init; } = 42;

    /// <summary>Path of a built KnowledgeGraph.Api.dll; when given, the HTTP comparison runs for every size.</summary>
    public string? ApiDll { get; init; }

    public int HttpSeconds { get; init; } = 10;

    public int HttpConcurrency { get; init; } = 8;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--sizes" => options with { Sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParsePositive).ToList() },
                "--iterations" => options with { Iterations = ParsePositive(Value()) },
                "--query-iterations" => options with { QueryIterations = ParsePositive(Value()) },
                "--data-dir" => options with { DataDirectory = Value() },
                "--seed" => options with { Seed = ParsePositive(Value()) },
                "--api-dll" => options with { ApiDll = Value() },
                "--http-seconds" => options with { HttpSeconds = ParsePositive(Value()) },
                "--http-concurrency" => options with { HttpConcurrency = ParsePositive(Value()) },
                _ => throw new ArgumentException(
                    $"Unknown argument '{name}'. Use --sizes 10000,100000 --iterations N --query-iterations N --data-dir DIR --seed N "
                    + "[--api-dll PATH --http-seconds N --http-concurrency N]."),
            };
        }

        return options;
    }

    internal static int ParsePositive(string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"'{text}' is not a positive whole number.");
}
