using System.Text.RegularExpressions;
using System.Xml.Linq;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>
/// The Dockerfile restores from project files copied one by one (so source edits keep the package layer); a project the
/// API comes to depend on must be copied too, or the image no longer builds — which no other test here would notice.
/// </summary>
public sealed partial class DockerfileTests
{
    [Fact]
    public void Every_project_the_api_depends_on_is_copied_before_the_restore()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));
        var restoreAt = dockerfile.IndexOf("RUN dotnet restore", StringComparison.Ordinal);
        var copied = CopiedProject().Matches(dockerfile[..restoreAt]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var needed = ProjectClosure(Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGraph.Api", "KnowledgeGraph.Api.csproj"));

        Assert.Contains("KnowledgeGraph.Api", needed);
        Assert.Empty(needed.Except(copied).Order());
    }

    [Fact]
    public void Every_browser_app_of_the_api_is_installed_from_its_lock_file_before_the_sources_are_copied()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Dockerfile"));
        var sourcesAt = dockerfile.IndexOf("COPY src/ src/", StringComparison.Ordinal);
        var api = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGraph.Api");
        var apps = Directory.GetDirectories(api).Where(d => File.Exists(Path.Combine(d, "package-lock.json")))
            .Select(Path.GetFileName).ToList();

        Assert.Contains("ClientApp", apps);
        Assert.Contains("ExplorerApp", apps);
        foreach (var app in apps)
        {
            var folder = $"src/KnowledgeGraph.Api/{app}";
            Assert.Contains($"COPY {folder}/package.json {folder}/package-lock.json {folder}/", dockerfile[..sourcesAt], StringComparison.Ordinal);
            Assert.Contains($"RUN cd {folder} && npm ci", dockerfile[..sourcesAt], StringComparison.Ordinal);
        }
    }

    private static HashSet<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var path))
        {
            if (!seen.Add(Path.GetFileNameWithoutExtension(path)))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(path).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include)));
            }
        }

        return seen;
    }

    [GeneratedRegex(@"^COPY src/([^/\s]+)/\1\.csproj ", RegexOptions.Multiline)]
    private static partial Regex CopiedProject();
}
