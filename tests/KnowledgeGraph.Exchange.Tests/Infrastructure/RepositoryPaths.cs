namespace KnowledgeGraph.Exchange.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The repository's seed/ directory, found by walking up from the test binaries to the solution.</summary>
    public static string SeedDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    return Path.Combine(dir.FullName, "seed");
                }
            }

            throw new DirectoryNotFoundException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
        }
    }
}
