using KnowledgeGraph.Api.Cli;

namespace KnowledgeGraph.Api.Tests.Cli;

/// <summary>
/// A temporary folder with two SQLite store files for tests of commands that move a graph between stores, and a way
/// to run the executable's command line in-process and read what it printed.
/// </summary>
public abstract class CommandLineWorkspace : IDisposable
{
    protected CommandLineWorkspace(string name)
    {
        Folder = Path.Combine(Path.GetTempPath(), $"kg-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    protected string Folder { get; }

    protected string FirstDatabase => Path.Combine(Folder, "first.db");

    protected string SecondDatabase => Path.Combine(Folder, "second.db");

    /// <summary>The argument that points a command at a SQLite store file.</summary>
    protected static string StoreArgument(string database) => $"--Storage:Sqlite:Path={database}";

    protected static async Task RunSucceedingAsync(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);
        Assert.True(code == 0, error);
    }

    protected static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
