namespace KnowledgeGraph.Benchmarks.SeedRead;

/// <summary>
/// <c>seed-read --path PATH [--whole] [--part-size 20000]</c>: a seed directory or file (e.g. one written by
/// <c>export --format json</c>), read by the streaming reader, or with <c>--whole</c> by the whole-document reader.
/// One reader per run, so that the process's peak memory is that reader's.
/// </summary>
public sealed record SeedReadOptions(string Path, bool Whole = false, int PartSize = 20_000)
{
    public const string Usage = "Use seed-read --path PATH [--whole] [--part-size N].";

    public static SeedReadOptions Parse(IReadOnlyList<string> args)
    {
        string? path = null;
        var whole = false;
        var partSize = 20_000;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value. {Usage}");
            switch (name)
            {
                case "--path":
                    path = Value();
                    break;
                case "--whole":
                    whole = true;
                    break;
                case "--part-size":
                    partSize = BenchmarkOptions.ParsePositive(Value());
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{name}'. {Usage}");
            }
        }

        return new SeedReadOptions(path ?? throw new ArgumentException($"--path is required. {Usage}"), whole, partSize);
    }
}
