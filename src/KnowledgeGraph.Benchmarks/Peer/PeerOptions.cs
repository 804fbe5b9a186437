using KnowledgeGraph.Benchmarks.Hostile;

namespace KnowledgeGraph.Benchmarks.Peer;

/// <summary>
/// Options of the <c>peer</c> mode: <c>--kit DIR</c> (required: the peer kit, e.g. <c>../shared/bench</c>),
/// <c>--sizes 100000,1000000 --pairs 200 --rounds 50 --api-dll PATH --bench-dir bench/peer --data-dir data/peer
/// --output FILE --seed 42</c>.
/// </summary>
public sealed record PeerOptions
{
    public const string Usage =
        "Use: peer --kit DIR [--sizes 100000,1000000] [--pairs N] [--rounds N] [--api-dll PATH] [--bench-dir DIR] "
        + "[--data-dir DIR] [--output FILE] [--seed N].";

    public required string Kit { get; init; }

    public IReadOnlyList<int> Sizes { get; init; } = [100_000, 1_000_000];

    /// <summary>Pairs compare_traversals.mjs asks both sides (shortest path and depth 2 per pair).</summary>
    public int Pairs { get; init; } = 200;

    /// <summary>Rounds of write-then-traverse: as many traversals without writes, then as many writes each followed by a traversal.</summary>
    public int Rounds { get; init; } = 50;

    public string ApiDll { get; init; } = HostileOptions.DefaultApiDll;

    /// <summary>The folder with kuzu-copy.mjs, the resolution hook and the package.json pinning Kuzu.</summary>
    public string BenchDirectory { get; init; } = Path.Combine("bench", "peer");

    /// <summary>Graphs (reused when complete), the imported SQLite files and the children's logs.</summary>
    public string DataDirectory { get; init; } = Path.Combine("data", "peer");

    /// <summary>A file that receives the report too (rewritten after each size).</summary>
    public string? Output { get; init; }

    /// <summary>Seed of the random entities write-then-traverse picks.</summary>
    public int Seed { get; init; } = 42;

    public static PeerOptions Parse(IReadOnlyList<string> args)
    {
        string? kit = null;
        var options = new PeerOptions { Kit = "" };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value. {Usage}");
            switch (name)
            {
                case "--kit":
                    kit = Value();
                    break;
                case "--sizes":
                    var sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(BenchmarkOptions.ParsePositive).ToList();
                    options = options with { Sizes = sizes.Count > 0 ? sizes : throw new ArgumentException($"--sizes names no size. {Usage}") };
                    break;
                case "--pairs":
                    options = options with { Pairs = BenchmarkOptions.ParsePositive(Value()) };
                    break;
                case "--rounds":
                    options = options with { Rounds = BenchmarkOptions.ParsePositive(Value()) };
                    break;
                case "--api-dll":
                    options = options with { ApiDll = Value() };
                    break;
                case "--bench-dir":
                    options = options with { BenchDirectory = Value() };
                    break;
                case "--data-dir":
                    options = options with { DataDirectory = Value() };
                    break;
                case "--output":
                    options = options with { Output = Value() };
                    break;
                case "--seed":
                    options = options with { Seed = BenchmarkOptions.ParsePositive(Value()) };
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{name}'. {Usage}");
            }
        }

        return options with { Kit = kit ?? throw new ArgumentException($"--kit is required: the peer kit's folder, e.g. ../shared/bench. {Usage}") };
    }
}
