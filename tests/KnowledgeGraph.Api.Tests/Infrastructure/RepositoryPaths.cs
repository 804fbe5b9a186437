namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Locations in the repository, found by walking up from the test binaries to KnowledgeGraph.sln.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    public static string E2e => Path.Combine(Root, "tests", "e2e");

    /// <summary>Where screenshots and other artefacts of this test run go (under the test binaries).</summary>
    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"KnowledgeGraph.sln not found above {AppContext.BaseDirectory}.");
    }
}
