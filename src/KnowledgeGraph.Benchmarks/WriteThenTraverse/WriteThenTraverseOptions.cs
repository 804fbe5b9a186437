namespace KnowledgeGraph.Benchmarks.WriteThenTraverse;

/// <summary>
/// <c>write-then-traverse --api-dll PATH --db PATH [--rounds 50] [--seed 42]</c>: the API on an existing SQLite
/// database (changed by the run: it creates companies).
/// </summary>
public sealed record WriteThenTraverseOptions(string ApiDll, string Database, int Rounds = 50, int Seed = 42)
{
    public const string Usage = "Use write-then-traverse --api-dll PATH --db PATH [--rounds N] [--seed N].";

    public static WriteThenTraverseOptions Parse(IReadOnlyList<string> args)
    {
        string? apiDll = null;
        string? database = null;
        var rounds = 50;
        var seed = 42;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value. {Usage}");
            switch (name)
            {
                case "--api-dll":
                    apiDll = Value();
                    break;
                case "--db":
                    database = Value();
                    break;
                case "--rounds":
                    rounds = BenchmarkOptions.ParsePositive(Value());
                    break;
                case "--seed":
                    seed = BenchmarkOptions.ParsePositive(Value());
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{name}'. {Usage}");
            }
        }

        return new WriteThenTraverseOptions(
            apiDll ?? throw new ArgumentException($"--api-dll is required. {Usage}"),
            database ?? throw new ArgumentException($"--db is required. {Usage}"),
            rounds,
            seed);
    }
}
