using System.Security.Claims;
using System.Text.Json;
using GraphQL;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.GraphQL.Authorization;
using KnowledgeGraph.GraphQL.Nodes;
using KnowledgeGraph.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Tests.Mutations;

/// <summary>
/// A fresh SQLite store holding <see cref="FixtureGraph"/> and the schema over it, driven by an authenticated editor —
/// the caller every mutation requires — so each test starts from the same graph and may change it.
/// </summary>
public sealed class Curator : IAsyncDisposable
{
    public const string EditorName = "aigerim";

    private readonly SqliteStoreFactory _store;

    private Curator(SqliteStoreFactory store)
    {
        _store = store;
        Recorder = new RecordingGraphStore(store.Store);
        // The recorder hides the store's history port, so the schema's history fields are given the store's own.
        Host = new GraphQLTestHost(Recorder, configureServices: services => services.AddSingleton<IChangeHistory>(store.Store));
    }

    public GraphQLTestHost Host { get; }

    /// <summary>The change sets the schema handed to the store.</summary>
    public RecordingGraphStore Recorder { get; }

    public static ClaimsPrincipal Editor { get; } = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, EditorName), new Claim(ClaimTypes.Role, Roles.Editor)], "test"));

    public static async Task<Curator> StartAsync() => new(await SqliteStoreFactory.CreateAsync(FixtureGraph.Create()));

    public static string Id(EntityKind kind, string key) => GlobalId.Encode(kind.ToString(), key);

    public static string SourceId(string key) => GlobalId.Encode("Source", key);

    public static string RelationshipId(string key) => GlobalId.Encode("Relationship", key);

    /// <summary>Executes a document as the editor.</summary>
    public async Task<GraphQLResponse> ExecuteAsync(string document, object? variables = null)
    {
        var executer = Host.Services.GetRequiredService<IDocumentExecuter>();
        var serializer = Host.Services.GetRequiredService<IGraphQLTextSerializer>();
        await using var scope = Host.Services.CreateAsyncScope();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Host.Schema,
            Query = document,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
            User = Editor,
        });
        return new GraphQLResponse(serializer.Serialize(result));
    }

    /// <summary>Executes a mutation that must succeed: no GraphQL errors and a null <c>errors</c> list in its payload.</summary>
    public async Task<JsonElement> SucceedAsync(string field, string document, object? variables = null)
    {
        var response = (await ExecuteAsync(document, variables)).AssertNoErrors();
        var payload = response.At(field);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, "Expected no payload errors, got: " + response.Json);
        return payload;
    }

    /// <summary>Executes a mutation that must fail with payload errors; returns them as (code, path joined by '.').</summary>
    public async Task<IReadOnlyList<(string Code, string Path)>> FailAsync(string field, string document, object? variables = null)
    {
        var response = (await ExecuteAsync(document, variables)).AssertNoErrors();
        var errors = response.At(field).GetProperty("errors");
        Assert.True(errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0, "Expected payload errors, got: " + response.Json);
        return errors.EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString()!, string.Join('.', e.GetProperty("path").EnumerateArray().Select(p => p.GetString()))))
            .ToList();
    }

    public async Task<Entity?> EntityAsync(string key) => (await _store.Store.GetEntitiesAsync([key])).SingleOrDefault();

    public async Task<Relationship?> RelationshipAsync(string key) => (await _store.Store.GetRelationshipsByKeyAsync([key])).SingleOrDefault();

    public async Task<Source?> SourceAsync(string key) => (await _store.Store.GetSourcesAsync([key])).SingleOrDefault();

    /// <summary>A record with all its lists and properties spelled out, for comparing stored states.</summary>
    public static string Describe(object? record) => JsonSerializer.Serialize(record);

    public Task<long> GraphVersionAsync() => _store.Store.GetGraphVersionAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _store.DisposeAsync();
    }
}
