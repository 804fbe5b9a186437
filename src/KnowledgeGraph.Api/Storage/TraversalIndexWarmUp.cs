using KnowledgeGraph.Storage.Sqlite.Traversal;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Storage;

/// <summary>
/// Starts building the SQLite store's adjacency index as the service starts (after the store is initialised and
/// seeded), in the background: the host starts listening at once, <c>/readyz</c> reports not ready until the index
/// is built (<see cref="Health.TraversalIndexHealthCheck"/>), and a traversal arriving earlier waits for the same
/// build rather than starting its own. Does nothing on Neo4j, in <c>Query</c> mode or with
/// <c>Storage:Sqlite:Traversal:BuildAtStart=false</c>.
/// </summary>
public sealed class TraversalIndexWarmUp(IServiceProvider services) : IHostedService
{
    /// <summary>The build started at start-up, or null when none was.</summary>
    public Task? Build { get; internal set; }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var index = services.GetService<SqliteGraphTraversal>()?.Index;
        if (index is not null && services.GetRequiredService<IOptions<SqliteTraversalOptions>>().Value.BuildAtStart)
        {
            Build = index.WarmUpAsync();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
