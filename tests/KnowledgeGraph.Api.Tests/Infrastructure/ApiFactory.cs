using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real application (real SQLite store on a temporary file, real seed) with per-test configuration overrides.
/// Dispose deletes the database unless <see cref="KeepDatabase"/> is set (for restart tests).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public ApiFactory(IDictionary<string, string?>? overrides = null, string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"kg-api-tests-{Guid.NewGuid():N}.db");
        settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = DatabasePath,
            ["Seed:Path"] = RepositoryPaths.Seed,
            ["GraphQL:RateLimit:PermitLimit"] = "100000",
            ["GraphQL:RateLimit:ExportPermitLimit"] = "100000",
            ["GraphQL:RateLimit:HealthPermitLimit"] = "100000",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    public bool KeepDatabase { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // UseSetting reaches the builder's configuration before the services are registered (ConfigureAppConfiguration comes later).
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDatabase)
        {
            foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
