using System.Text.Json;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Sources;
using KnowledgeGraph.Storage.Common.Neo4jLayout;
using KnowledgeGraph.Storage.Neo4j.Client.TypedJson;
using KnowledgeGraph.Storage.Neo4j.Client.Values;
using KnowledgeGraph.Storage.Neo4j.Mapping;
using KnowledgeGraph.Storage.Neo4j.Tests.Client;
using Xunit;
using static KnowledgeGraph.Conformance.TestData;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Writing;

public sealed class MappingTests
{
    [Fact]
    public void Entity_round_trips_through_node_properties_with_typed_kind_properties()
    {
        var entity = Entity("khorgos", name: "Khorgos", description: "Dry port", aliases: ["Horgos", "Qorgas"],
            properties: [("startYear", Int(2015)), ("lengthKm", Num(3)), ("sector", Text("Logistics"))]) with
        { Version = 3 };

        var properties = EntityProperties.Of(entity, entity.Version);
        var back = EntityMapper.FromNode(new Neo4jNode("4:x:1", ["Entity", "Project"], properties));

        Assert.Equal("Horgos\nQorgas", properties[GraphSchema.AliasText]);
        Assert.IsType<double>(properties["lengthKm"]);
        Assert.Equal(entity.Name, back.Name);
        Assert.Equal(entity.Aliases, back.Aliases);
        Assert.Equal(entity.Properties.OrderBy(p => p.Key), back.Properties.OrderBy(p => p.Key));
        Assert.Equal(3, back.Version);
    }

    [Fact]
    public void Relationship_round_trips_through_relationship_properties()
    {
        var relationship = Relationship("r1", RelationshipTypes.FundedBy, "p", "bank", role: "lender") with
        {
            SinceYear = 2019,
            Amount = 1.5e9,
            Currency = "USD",
            Note = "loan",
            Confidence = Confidence.Reported,
        };

        var properties = RelationshipProperties.Of(relationship);
        var back = RelationshipMapper.FromRelationship(new Neo4jRelationship("5:x:1", "4:x:1", "4:x:2", RelationshipTypes.FundedBy, properties), "p", "bank");

        Assert.Equal(relationship with { SourceKeys = [] }, back with { SourceKeys = [] });
        Assert.Equal(relationship.SourceKeys, back.SourceKeys);
    }

    [Fact]
    public void Citations_round_trip_as_one_json_string_property_absent_when_there_are_none()
    {
        Citation[] citations =
        [
            new() { SourceKey = DefaultSourceKey, Quote = "The “Khorgos” hub,\nopened in 2014.", Locator = "p. 2", About = "name" },
            new() { SourceKey = DefaultSourceKey },
        ];
        var entity = Entity("khorgos") with { Citations = citations };
        var relationship = Relationship("r1", RelationshipTypes.LocatedIn, "khorgos", "kz") with { Citations = citations[..1] };

        var nodeProperties = EntityProperties.Of(entity, 1);
        var edgeProperties = RelationshipProperties.Of(relationship);
        var node = EntityMapper.FromNode(new Neo4jNode("4:x:1", ["Entity", "Project"], nodeProperties));
        var edge = RelationshipMapper.FromRelationship(new Neo4jRelationship("5:x:1", "4:x:1", "4:x:2", RelationshipTypes.LocatedIn, edgeProperties), "khorgos", "kz");

        Assert.IsType<string>(nodeProperties[GraphSchema.Citations]);
        Assert.Equal(citations, node.Citations);
        Assert.Equal(citations[..1], edge.Citations);
        Assert.False(EntityProperties.Of(Entity("plain"), 1).ContainsKey(GraphSchema.Citations));
        Assert.Empty(EntityMapper.FromNode(new Neo4jNode("4:x:2", ["Entity", "Project"], EntityProperties.Of(Entity("plain"), 1))).Citations);
    }

    [Fact]
    public void Path_hops_follow_the_relationship_direction_from_the_element_ids()
    {
        var path = (Neo4jPath)TypedJsonDecoder.Decode(JsonDocument.Parse(TypedJsonDecoderTests.PathJson).RootElement)!;

        var graphPath = Neo4jGraphTraversal.ToGraphPath(path);

        Assert.Equal(["khorgos", "kz"], graphPath.Nodes.Select(n => n.Key));
        var hop = Assert.Single(graphPath.Hops);
        Assert.False(hop.Forward);
        Assert.Equal(("kz", "khorgos"), (hop.Relationship.FromKey, hop.Relationship.ToKey));
        Assert.Equal(EntityKind.Region, graphPath.Nodes[1].Kind);
    }
}
