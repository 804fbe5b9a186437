namespace KnowledgeGraph.Seeding.Tests;

internal static class RepositoryPaths
{
    /// <summary>The repository's seed/ directory.</summary>
    public static string SeedDirectory => Path.Combine(Root, "seed");

    /// <summary>This project's fixture folder, <c>tests/KnowledgeGraph.Seeding.Tests/Fixtures</c>.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "KnowledgeGraph.Seeding.Tests", "Fixtures");

    /// <summary>The repository root, found by walking up from the test binaries to the solution.</summary>
    private static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
        }
    }
}
