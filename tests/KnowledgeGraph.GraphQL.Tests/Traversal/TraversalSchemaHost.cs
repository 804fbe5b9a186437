using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Tests.Support;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Tests.Traversal;

/// <summary>The schema over a real SQLite store and its traversal, as the API hosts them, with a configuration of choice.</summary>
public sealed class TraversalSchemaHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    /// <param name="schemaStore">The store the schema's resolvers read, when not <paramref name="store"/> itself (e.g. a counting wrapper of it); the traversal always reads <paramref name="store"/>.</param>
    public TraversalSchemaHost(
        SqliteGraphStore store, IReadOnlyDictionary<string, string?>? configuration = null, IGraphStore? schemaStore = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton(schemaStore ?? store);
        services.AddSingleton<IGraphTraversal>(new SqliteGraphTraversal(store));
        services.AddKnowledgeGraphSchema();
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public async Task<GraphQLResponse> ExecuteAsync(string query, object? variables = null)
    {
        var executer = _services.GetRequiredService<IDocumentExecuter>();
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        await using var scope = _services.CreateAsyncScope();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = _services.GetRequiredService<ISchema>(),
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
        });
        return new GraphQLResponse(serializer.Serialize(result));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
