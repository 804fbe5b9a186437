using KnowledgeGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// Starts the real application (the same registration as Program.cs) with settings meant to be refused, and returns
/// what the start threw. It builds the host directly rather than through <see cref="ApiFactory"/>: when a start fails,
/// WebApplicationFactory can race its own disposal and throw an ObjectDisposedException that hides the real error.
/// </summary>
public static class StartupFailure
{
    public static async Task<Exception> OfAsync(IDictionary<string, string?> overrides)
    {
        var database = Path.Combine(Path.GetTempPath(), $"kg-startup-{Guid.NewGuid():N}.db");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = database,
            ["Seed:Path"] = RepositoryPaths.Seed,
            ["Seed:LoadOnStartup"] = "false",
            ["Urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        try
        {
            // A setting may be refused while the services are registered, mapped or started: any of them counts.
            var exception = await Record.ExceptionAsync(async () =>
            {
                builder.AddApplicationServices();
                await using var app = builder.Build();
                app.MapKnowledgeGraph();
                await app.StartAsync();
                await app.StopAsync();
            });
            Assert.NotNull(exception);
            return exception;
        }
        finally
        {
            new SqliteConnectionFactory(new SqliteStoreOptions { Path = database }).ClearPool();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
