using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Storage.Sqlite;

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

    protected static Task<(int Code, string Output, string Error)> RunAsync(params string[] args) =>
        RunAsync(CancellationToken.None, args);

    /// <summary>Runs a command with a token that stands for Ctrl+C.</summary>
    protected static async Task<(int Code, string Output, string Error)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, cancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>
    /// Runs a command and cancels it, as Ctrl+C would, the moment its standard error shows <paramref name="cancelAt"/>
    /// (a progress line printed from inside the write, say).
    /// </summary>
    protected static async Task<(int Code, string Output, string Error)> RunCancellingAsync(string cancelAt, params string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        var output = new StringWriter();
        var error = new CancelOnText(cancelAt, cancellation);
        var code = await CommandLine.RunAsync(args, output, error, cancellation.Token);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The graph version of a SQLite store file.</summary>
    protected static Task<long> GraphVersionAsync(string database) => ReadStoreAsync(database, store => store.GetGraphVersionAsync());

    /// <summary>Reads a SQLite store file with a store of its own that leaves no pooled connection behind.</summary>
    protected static async Task<T> ReadStoreAsync<T>(string database, Func<SqliteGraphStore, Task<T>> read)
    {
        using var store = new SqliteGraphStore(new SqliteConnectionFactory(new SqliteStoreOptions { Path = database }));
        await store.InitializeAsync();
        var value = await read(store);
        store.Connections.ClearPool();
        return value;
    }

    public void Dispose()
    {
        // Files are deleted while pooled connections may still point at them (harmless on Linux); clearing every pool
        // in the process would race with other tests' stores.
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private sealed class CancelOnText(string text, CancellationTokenSource cancellation) : StringWriter
    {
        public override void Write(char value)
        {
            base.Write(value);
            Check();
        }

        public override void Write(string? value)
        {
            base.Write(value);
            Check();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            base.Write(buffer, index, count);
            Check();
        }

        private void Check()
        {
            if (!cancellation.IsCancellationRequested && GetStringBuilder().ToString().Contains(text, StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
        }
    }
}
