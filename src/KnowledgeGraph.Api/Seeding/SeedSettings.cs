using KnowledgeGraph.Configuration;

namespace KnowledgeGraph.Api.Seeding;

/// <summary>Section <c>Seed</c>: the curated data loaded into an empty store on first start.</summary>
public sealed class SeedSettings : ISettings
{
    public const string Section = "Seed";

    /// <summary><c>Seed:Path</c>: the seed directory; empty means the <c>seed</c> folder next to the executable.</summary>
    public string? Path { get; set; }

    /// <summary><c>Seed:LoadOnStartup</c>: load the seed when the store is empty (default true).</summary>
    public bool LoadOnStartup { get; set; } = true;

    public string ResolvePath() =>
        string.IsNullOrWhiteSpace(Path)
            ? System.IO.Path.Combine(AppContext.BaseDirectory, "seed")
            : System.IO.Path.GetFullPath(Path);

    public IEnumerable<string> Validate(string section)
    {
        if (LoadOnStartup && !Directory.Exists(ResolvePath()))
        {
            yield return $"{section}:Path points to '{ResolvePath()}', which is not a directory (set {section}:Path or {section}:LoadOnStartup=false).";
        }
    }
}
