using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Tests.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Tests.Support;

/// <summary>
/// The schema as the API hosts it — <see cref="ServiceCollectionExtensions.AddKnowledgeGraphSchema"/> over a store —
/// executing documents through the DI-registered <see cref="IDocumentExecuter"/> and serialising results to JSON.
/// </summary>
public sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public GraphQLTestHost(
        IGraphStore store, IReadOnlyDictionary<string, string?>? configuration = null, Action<IServiceCollection>? configureServices = null)
    {
        Store = new CountingGraphStore(store);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton<IGraphStore>(Store);
        if (store is IChangeHistory history)
        {
            services.AddSingleton(history);
        }

        configureServices?.Invoke(services);
        services.AddKnowledgeGraphSchema();
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public CountingGraphStore Store { get; }

    public ISchema Schema => _services.GetRequiredService<ISchema>();

    public IServiceProvider Services => _services;

    /// <summary>
    /// Executes <paramref name="query"/> as <paramref name="user"/>; by default as an editor, who may run anything, so
    /// that tests of what an operation does need not repeat credentials (access itself is specified in
    /// <c>Authorization/OperationAccessRuleTests</c>). Pass <see cref="Callers.Anonymous"/> or <see cref="Callers.Reader"/>
    /// to see a refusal.
    /// </summary>
    public async Task<GraphQLResponse> ExecuteAsync(string query, object? variables = null, ClaimsPrincipal? user = null)
    {
        var executer = _services.GetRequiredService<IDocumentExecuter>();
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        await using var scope = _services.CreateAsyncScope();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = query,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
            User = user ?? Callers.Editor,
        });
        return new GraphQLResponse(serializer.Serialize(result));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
