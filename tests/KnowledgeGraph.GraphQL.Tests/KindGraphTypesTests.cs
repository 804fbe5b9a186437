using GraphQL.Types;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.GraphQL.Entities;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The schema's kinds come from the kind registry and the kinds' type files, not from hand-kept lists.</summary>
public sealed class KindGraphTypesTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Fact]
    public void Every_kind_of_the_registry_has_one_graph_type_and_a_connection_field_of_its_own()
    {
        var kinds = EntityKinds.All.Select(d => d.Kind).Order().ToList();

        Assert.Equal(kinds.Count, KindGraphTypes.All.Count);
        Assert.Equal(kinds.Count, kinds.Select(KindGraphTypes.ConnectionFieldOf).Distinct(StringComparer.Ordinal).Count());
        foreach (var kind in kinds)
        {
            Assert.Equal(kind.ToString(), KindGraphTypes.GraphTypeOf(kind).GetProperty(nameof(IEntityGraphType.GraphTypeName))!.GetValue(null));
        }
    }

    [Fact]
    public async Task The_schema_has_each_kinds_type_and_root_connection_in_the_order_of_the_kinds()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?>());
        var schema = host.Schema;
        schema.Initialize();

        var connections = schema.Query.Fields.Select(f => f.Name)
            .Where(name => EntityKinds.All.Any(d => KindGraphTypes.ConnectionFieldOf(d.Kind) == name)).ToList();

        Assert.Equal(EntityKinds.All.Select(d => d.Kind).Order().Select(KindGraphTypes.ConnectionFieldOf), connections);
        foreach (var definition in EntityKinds.All)
        {
            Assert.IsType<IObjectGraphType>(schema.AllTypes[definition.Kind.ToString()], exactMatch: false);
        }
    }
}
