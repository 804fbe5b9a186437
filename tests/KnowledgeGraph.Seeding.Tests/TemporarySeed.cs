namespace KnowledgeGraph.Seeding.Tests;

/// <summary>A seed directory named <c>seed</c> in its own temporary folder, deleted on dispose.</summary>
internal sealed class TemporarySeed : IDisposable
{
    public const string Sources = """
        {
          "sources": [
            { "key": "article", "title": "Kazakhstan and China", "publisher": "China Studies Center", "url": "https://example.org/article" }
          ]
        }
        """;

    public const string Entities = """
        {
          "entities": [
            { "key": "khorgos-eastern-gate", "kind": "Project", "name": "Khorgos – Eastern Gate", "properties": { "sector": "Logistics", "lengthKm": 4 }, "sources": ["article"] },
            { "key": "khorgos", "kind": "Region", "name": "Khorgos", "properties": { "level": "Locality" }, "sources": ["article"] },
            { "key": "belt-and-road-initiative", "kind": "Initiative", "name": "Belt and Road Initiative", "aliases": ["BRI"], "sources": ["article"] }
          ]
        }
        """;

    public const string Relationships = """
        {
          "relationships": [
            { "type": "LOCATED_IN", "from": "khorgos-eastern-gate", "to": "khorgos", "sources": ["article"] },
            { "key": "hub-in-bri", "type": "BELONGS_TO", "from": "khorgos-eastern-gate", "to": "belt-and-road-initiative",
              "confidence": "Reported", "note": "Implied by the article.", "sources": ["article"] }
          ]
        }
        """;

    public TemporarySeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "knowledgegraph-seed-tests", Guid.NewGuid().ToString("N"));
        Directory = Path.Combine(Root, "seed");
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Root { get; }

    public string Directory { get; }

    /// <summary>A seed of three valid files: sources, entities and relationships.</summary>
    public static TemporarySeed Valid() =>
        new TemporarySeed()
            .Write("sources.json", Sources)
            .Write("entities/all.json", Entities)
            .Write("relationships/all.json", Relationships);

    /// <summary>A copy of the seed directory <paramref name="directory"/>, files and subfolders (archives) alike.</summary>
    public static TemporarySeed CopyOf(string directory)
    {
        var seed = new TemporarySeed();
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            seed.Write(Path.GetRelativePath(directory, file), File.ReadAllText(file));
        }

        return seed;
    }

    public TemporarySeed Write(string relativePath, string json)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return this;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Root))
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
    }
}
