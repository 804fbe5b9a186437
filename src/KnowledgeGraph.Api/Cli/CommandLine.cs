namespace KnowledgeGraph.Api.Cli;

/// <summary>
/// The executable's commands besides serving: <c>validate [seedDir]</c>, <c>stats [seedDir]</c>, <c>copy</c>,
/// <c>export</c>, <c>import</c>, <c>dev-token</c> and <c>api-key</c> (exit code 0 on success, 1 on failure,
/// <see cref="CancelledExitCode"/> for an import stopped by Ctrl+C). Without a command the web host starts.
/// </summary>
public static class CommandLine
{
    /// <summary>The exit code of an import cancelled with Ctrl+C, as shells report a process ended by SIGINT (128 + 2).</summary>
    public const int CancelledExitCode = 130;

    private static readonly string[] Commands = ["validate", "stats", "copy", "export", "import", "dev-token", "api-key", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && Commands.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Runs a command on the console: the first Ctrl+C cancels it (an import rolls back and says so) instead of
    /// killing the process mid-write; a second one ends the process as usual.
    /// </summary>
    public static async Task<int> RunInConsoleAsync(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunAsync(args, Console.Out, Console.Error, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var command = args[0].ToLowerInvariant();
        var seedDirectory = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "seed");
        switch (command)
        {
            case "validate":
                return await SeedCommandRunner.ValidateAsync(seedDirectory, output, error);
            case "stats":
                return await SeedCommandRunner.StatsAsync(seedDirectory, output, error);
            case "copy":
                return await CopyCommand.RunAsync(args[1..], output, error);
            case "export":
                return await ExportCommand.RunAsync(args[1..], output, error);
            case "import":
                return await ImportCommand.RunAsync(args[1..], output, error, cancellationToken);
            case "dev-token":
                return await DevTokenCommand.RunAsync(args[1..], output, error);
            case "api-key":
                return await ApiKeyCommand.RunAsync(args[1..], output, error);
            default:
                await output.WriteLineAsync(Usage);
                return 0;
        }
    }

    public const string Usage = """
        KnowledgeGraph.Api — GraphQL knowledge graph of Kazakhstan–China links.

        Usage:
          KnowledgeGraph.Api                    start the web service (default http://127.0.0.1:5080; --urls to override)
          KnowledgeGraph.Api validate [seedDir] check the seed files; exit 0 when valid, 1 with the errors
          KnowledgeGraph.Api stats [seedDir]    print counts per kind and relationship type of the seed
          KnowledgeGraph.Api copy --from Sqlite --to Neo4j [--allow-non-empty true]
                                                copy the whole graph between stores configured as for the service
          KnowledgeGraph.Api export --output <path> [--format json|csv|graphml|cypher]
                                                write the configured store's whole graph: json (default) one seed file,
                                                csv a directory of sources.csv, entities.csv and relationships.csv,
                                                graphml one file for Gephi/yEd, cypher a script for cypher-shell -f;
                                                - writes json, graphml or cypher to standard output
          KnowledgeGraph.Api import <seedDirOrFile>
                                                validate a seed directory or file, then upsert all of it into the
                                                configured store in one transaction; exit 1 and nothing written on error
          KnowledgeGraph.Api import --entities <e.csv> --relationships <r.csv> [--sources <s.csv>]
                                                the same for CSV files (columns in seed/README.md); every problem named
                                                by file:line and column; a summary of what was created, updated and
                                                left unchanged. Both imports take [--author <name>] [--comment <text>]
                                                for the change history (default: the OS account, the files' origin)
          KnowledgeGraph.Api dev-token --name <name> --role <reader|editor>[,...] [--hours 8]
                                                print a JWT signed with Authentication:Jwt:SigningKey (set it
                                                first, e.g. Authentication__Jwt__SigningKey="$(openssl rand -base64 48)")
          KnowledgeGraph.Api api-key --name <name> --role <reader|editor>[,...] [--index 0]
                                                generate an API key; print it once, with the configuration entry
                                                holding its hash (JSON and environment variables)
        seedDir defaults to the seed folder next to the executable. copy, export and import use the store configured as
        for the service (appsettings.json, environment, arguments such as --Storage:Provider=Sqlite
        --Storage:Sqlite:Path=data/knowledgegraph.db).
        """;
}
