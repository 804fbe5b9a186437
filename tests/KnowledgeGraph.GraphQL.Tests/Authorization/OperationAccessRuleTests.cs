using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.GraphQL.Authorization;
using KnowledgeGraph.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Tests.Authorization;

/// <summary>
/// Every mutation needs an authenticated editor; reads are public unless PublicReads is off, and then need a reader or
/// an editor. A refused operation is a validation error with AUTH_NOT_AUTHENTICATED or AUTH_NOT_AUTHORIZED, and nothing
/// of it runs.
/// </summary>
public sealed class OperationAccessRuleTests
{
    private const string Mutation = "mutation { increment }";

    [Fact]
    public async Task Mutation_without_credentials_is_refused_as_not_authenticated_and_does_not_run()
    {
        await using var host = new AccessHost();

        var result = await host.ExecuteAsync(Mutation, Callers.Anonymous);

        AssertRefused(result, AccessErrorCodes.NotAuthenticated);
        Assert.Contains("'editor'", result.Errors![0].Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Counter.Count);
    }

    [Fact]
    public async Task Mutation_without_any_principal_is_refused()
    {
        await using var host = new AccessHost();

        var result = await host.ExecuteAsync(Mutation, user: null);

        AssertRefused(result, AccessErrorCodes.NotAuthenticated);
        Assert.Equal(0, host.Counter.Count);
    }

    [Fact]
    public async Task Mutation_with_refused_credentials_is_not_authenticated_and_says_why()
    {
        await using var host = new AccessHost();

        var result = await host.ExecuteAsync(Mutation, Callers.RefusedToken);

        AssertRefused(result, AccessErrorCodes.NotAuthenticated);
        Assert.Contains("The bearer token has expired.", result.Errors![0].Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Counter.Count);
    }

    [Fact]
    public async Task Role_claim_on_an_unauthenticated_identity_counts_for_nothing()
    {
        await using var host = new AccessHost();

        var result = await host.ExecuteAsync(Mutation, Callers.UnauthenticatedEditorClaim);

        AssertRefused(result, AccessErrorCodes.NotAuthenticated);
        Assert.Equal(0, host.Counter.Count);
    }

    [Fact]
    public async Task Mutation_by_a_reader_is_refused_as_not_authorized_and_does_not_run()
    {
        await using var host = new AccessHost();

        var result = await host.ExecuteAsync(Mutation, Callers.Reader);

        AssertRefused(result, AccessErrorCodes.NotAuthorized);
        Assert.Contains("'rita'", result.Errors![0].Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Counter.Count);
    }

    [Fact]
    public async Task Mutation_by_an_editor_runs()
    {
        await using var host = new AccessHost();

        var result = await host.ExecuteAsync(Mutation, Callers.Editor);

        Assert.Null(result.Errors);
        Assert.Equal(1, host.Counter.Count);
    }

    [Fact]
    public async Task Refusal_applies_to_the_operation_selected_by_name()
    {
        await using var host = new AccessHost();
        const string document = "query Read { hello } mutation Write { increment }";

        var read = await host.ExecuteAsync(document, Callers.Anonymous, operationName: "Read");
        var write = await host.ExecuteAsync(document, Callers.Anonymous, operationName: "Write");

        Assert.Null(read.Errors);
        AssertRefused(write, AccessErrorCodes.NotAuthenticated);
        Assert.Equal(0, host.Counter.Count);
    }

    [Fact]
    public async Task Queries_and_subscriptions_are_public_by_default()
    {
        await using var host = new AccessHost();

        Assert.Null((await host.ExecuteAsync("{ hello }", Callers.Anonymous)).Errors);
        Assert.Null((await host.ExecuteAsync("subscription { ticks }", Callers.Anonymous)).Errors);
    }

    [Theory]
    [InlineData("{ hello }")]
    [InlineData("subscription { ticks }")]
    public async Task Without_public_reads_an_anonymous_read_is_refused(string document)
    {
        await using var host = new AccessHost(publicReads: false);

        var result = await host.ExecuteAsync(document, Callers.Anonymous);

        AssertRefused(result, AccessErrorCodes.NotAuthenticated);
        Assert.Contains("'reader' or 'editor'", result.Errors![0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_public_reads_a_reader_and_an_editor_may_read()
    {
        await using var host = new AccessHost(publicReads: false);

        Assert.Null((await host.ExecuteAsync("{ hello }", Callers.Reader)).Errors);
        Assert.Null((await host.ExecuteAsync("{ hello }", Callers.Editor)).Errors);
        Assert.Null((await host.ExecuteAsync("subscription { ticks }", Callers.Reader)).Errors);
    }

    [Fact]
    public async Task Without_public_reads_an_authenticated_caller_without_a_role_is_not_authorized()
    {
        await using var host = new AccessHost(publicReads: false);

        var result = await host.ExecuteAsync("{ hello }", Callers.WithRoles("nobody"));

        AssertRefused(result, AccessErrorCodes.NotAuthorized);
    }

    [Fact]
    public async Task The_knowledge_graph_schema_registers_the_rule()
    {
        await using var store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create());
        await using var host = new GraphQLTestHost(store.Store, configureServices: services =>
            services.Configure<OperationAccessOptions>(o => o.PublicReads = false));
        var executer = host.Services.GetRequiredService<IDocumentExecuter>();
        await using var scope = host.Services.CreateAsyncScope();

        var anonymous = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = host.Schema,
            Query = "{ __typename }",
            RequestServices = scope.ServiceProvider,
            User = Callers.Anonymous,
        });
        var reader = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = host.Schema,
            Query = "{ __typename }",
            RequestServices = scope.ServiceProvider,
            User = Callers.Reader,
        });

        AssertRefused(anonymous, AccessErrorCodes.NotAuthenticated);
        Assert.Null(reader.Errors);
    }

    [Fact]
    public async Task The_schema_test_host_runs_as_an_editor_unless_told_otherwise()
    {
        await using var store = await SqliteStoreFactory.CreateAsync(FixtureGraph.Create());
        await using var host = new GraphQLTestHost(store.Store, configureServices: services =>
            services.Configure<OperationAccessOptions>(o => o.PublicReads = false));

        var asEditor = await host.ExecuteAsync("{ __typename }");
        var asAnonymous = await host.ExecuteAsync("{ __typename }", user: Callers.Anonymous);

        asEditor.AssertNoErrors();
        Assert.Equal([AccessErrorCodes.NotAuthenticated], asAnonymous.ErrorCodes);
    }

    private static void AssertRefused(ExecutionResult result, string code)
    {
        Assert.False(result.Executed);
        Assert.Null(result.Data);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(code, error.Code);
    }

    /// <summary>The access rule registered as the API registers it, over <see cref="CountingMutationSchema"/>.</summary>
    private sealed class AccessHost : IAsyncDisposable
    {
        private readonly ServiceProvider services;

        public AccessHost(bool publicReads = true)
        {
            var collection = new ServiceCollection();
            collection.AddSingleton<MutationCounter>();
            collection.AddGraphQL(builder => builder
                .AddSchema<CountingMutationSchema>()
                .AddSystemTextJson()
                .AddOperationAccessControl());
            collection.Configure<OperationAccessOptions>(o => o.PublicReads = publicReads);
            services = collection.BuildServiceProvider();
        }

        public MutationCounter Counter => services.GetRequiredService<MutationCounter>();

        public async Task<ExecutionResult> ExecuteAsync(string query, ClaimsPrincipal? user, string? operationName = null)
        {
            await using var scope = services.CreateAsyncScope();
            return await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
            {
                Schema = services.GetRequiredService<ISchema>(),
                Query = query,
                OperationName = operationName,
                User = user,
                RequestServices = scope.ServiceProvider,
            });
        }

        public ValueTask DisposeAsync() => services.DisposeAsync();
    }
}
