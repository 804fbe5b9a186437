using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Querying;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Writing;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Conformance;

/// <summary>
/// The specification of <see cref="IGraphStore"/>: every store subclasses this suite and passes it unchanged.
/// Tests use only the port, so they hold for any store. Each test gets a fresh, initialised, empty store.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    /// <summary>A fresh, initialised, empty store, used by one test only.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>A store holding the default source plus the given entities and relationships.</summary>
    protected async Task<IGraphStore> CreateStoreWithAsync(IEnumerable<Entity> entities, IEnumerable<Relationship>? relationships = null)
    {
        var store = await CreateStoreAsync();
        await store.ApplyAsync(Graph(entities, relationships));
        return store;
    }

    protected static async Task<Entity?> GetEntityAsync(IGraphStore store, string key) =>
        (await store.GetEntitiesAsync([key])).SingleOrDefault();

    protected static async Task<List<string>> QueryKeysAsync(IGraphStore store, EntityQuery query) =>
        (await store.QueryEntitiesAsync(query)).Items.Select(e => e.Key).ToList();

    protected static Task<GraphChangeResult> UpsertAsync(IGraphStore store, Entity entity, long? expectedVersion = null) =>
        store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new EntityUpsert(entity, expectedVersion)] });

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>
    /// Pins every refusal to the exact code and path, in order, so that two stores reporting the same problem differently
    /// fail here rather than in a client.
    /// </summary>
    protected static void AssertRefused(ValidationException error, params (string Path, string Code)[] expected) =>
        Assert.Equal(expected, error.Errors.Select(e => (e.Path, e.Code)));

    protected static FieldFilter Where(string field, FilterOperator op, PropertyValue value) => new(field, op, value);

    protected static FieldFilter Where(string field, FilterOperator op, params PropertyValue[] values) => new(field, op, values);

    protected static EntityQuery ProjectsWhere(EntityFilter filter) =>
        new() { Kind = EntityKind.Project, Filter = filter, Take = 100 };

    protected static RelationshipQuery AllRelationships => new();

    protected static string Describe(IEnumerable<RelationshipHit> hits) =>
        string.Join(", ", hits.Select(h => $"{h.AnchorKey}:{h.Relationship.Key}:{h.Direction}"));
}
