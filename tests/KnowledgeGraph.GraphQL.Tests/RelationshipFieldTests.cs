using System.Text.Json;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class RelationshipFieldTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private const string EdgeFields =
        "cursor relationshipType direction label key role sinceYear untilYear amount currency note confidence sources { key title }";

    [Fact]
    public async Task Project_regions_edges_carry_the_relationship_properties_and_sources()
    {
        var response = await fixture.Host.ExecuteAsync(
            $$"""{ entity(key: "khorgos-gateway") { ... on Project { regions { totalCount nodes { key } edges { {{EdgeFields}} node { name level } } } } } }""");

        response.AssertNoErrors();
        var edge = response.At("entity.regions.edges.0");
        Assert.Equal(1, response.At("entity.regions.totalCount").GetInt32());
        Assert.Equal(["almaty-region"], response.Strings("entity.regions.nodes", "key"));
        Assert.Equal("Almaty Region", edge.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal("Province", edge.GetProperty("node").GetProperty("level").GetString());
        Assert.Equal(RelationshipTypes.LocatedIn, edge.GetProperty("relationshipType").GetString());
        Assert.Equal("OUT", edge.GetProperty("direction").GetString());
        Assert.Equal("located in", edge.GetProperty("label").GetString());
        Assert.Equal("khorgos-in-almaty", edge.GetProperty("key").GetString());
        Assert.Equal("CONFIRMED", edge.GetProperty("confidence").GetString());
        Assert.Equal("Khorgos Gateway dry port opens", edge.GetProperty("sources")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Project_companies_filtered_by_role_expose_amounts_notes_confidence_and_every_source()
    {
        var response = await fixture.Host.ExecuteAsync(
            $$"""{ entity(key: "khorgos-gateway") { ... on Project { companies(role: "shareholder") { edges { {{EdgeFields}} node { key country } } } } } }""");

        response.AssertNoErrors();
        var edges = response.At("entity.companies.edges").EnumerateArray().ToList();
        Assert.Equal(["cosco-shipping", "ktz", "lianyungang-port"], edges.Select(e => e.GetProperty("node").GetProperty("key").GetString()));
        var cosco = edges[0];
        Assert.Equal(RelationshipTypes.OwnedBy, cosco.GetProperty("relationshipType").GetString());
        Assert.Equal("shareholder", cosco.GetProperty("role").GetString());
        Assert.Equal(2017, cosco.GetProperty("sinceYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, cosco.GetProperty("untilYear").ValueKind);
        Assert.Equal(24.5, cosco.GetProperty("amount").GetDouble());
        Assert.Equal("percent", cosco.GetProperty("currency").GetString());
        Assert.Equal("Stake bought together with Lianyungang Port.", cosco.GetProperty("note").GetString());
        Assert.Equal("REPORTED", cosco.GetProperty("confidence").GetString());
        Assert.Equal("owned by", cosco.GetProperty("label").GetString());
        Assert.Equal([FixtureGraph.Wire, FixtureGraph.Government], cosco.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("key").GetString()));
        Assert.Equal("China", cosco.GetProperty("node").GetProperty("country").GetString());
    }

    [Fact]
    public async Task Project_companies_can_be_narrowed_to_some_of_their_relationship_types()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              entity(key: "khorgos-gateway") {
                ... on Project {
                  all: companies { totalCount }
                  operators: companies(relationshipTypes: ["OPERATED_BY"]) { nodes { key } edges { role untilYear } }
                }
              }
              railway: entity(key: "zhezkazgan-beineu-railway") { ... on Project { builders { edges { role sinceYear untilYear node { key } } } } }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal(4, response.At("entity.all.totalCount").GetInt32());
        Assert.Equal(["ktz"], response.Strings("entity.operators.nodes", "key"));
        Assert.Equal("operator", response.At("entity.operators.edges.0.role").GetString());
        Assert.Equal(2016, response.At("railway.builders.edges.0.untilYear").GetInt32());
        Assert.Equal("general contractor", response.At("railway.builders.edges.0.role").GetString());
    }

    [Fact]
    public async Task A_relationship_type_outside_the_fields_types_fails_with_VALIDATION_FAILED()
    {
        var response = await fixture.Host.ExecuteAsync(
            """{ entity(key: "khorgos-gateway") { ... on Project { companies(relationshipTypes: ["OPERATED_BY", "LOCATED_IN"]) { totalCount } } } }""");

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        Assert.Equal("relationshipTypes[1]", response.Errors[0].GetProperty("extensions").GetProperty("details")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Region_parent_children_and_projects_follow_part_of_located_in_and_connects()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              almaty: entity(key: "almaty-region") { ... on Region { parent { key isoCode } } }
              country: entity(key: "kazakhstan") {
                ... on Region {
                  parent { key }
                  children { nodes { key } edges { direction label } }
                  projects { totalCount edges { relationshipType node { key } } }
                  leaders { nodes { key title } edges { sinceYear } }
                }
              }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal("kazakhstan", response.At("almaty.parent.key").GetString());
        Assert.Equal("KZ", response.At("almaty.parent.isoCode").GetString());
        Assert.Equal(JsonValueKind.Null, response.At("country.parent").ValueKind);
        Assert.Equal(["almaty-region", "mangystau-region"], response.Strings("country.children.nodes", "key"));
        Assert.Equal("IN", response.At("country.children.edges.0.direction").GetString());
        Assert.Equal("includes", response.At("country.children.edges.0.label").GetString());
        var projects = response.At("country.projects.edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("relationshipType").GetString()}:{e.GetProperty("node").GetProperty("key").GetString()}");
        Assert.Equal(
            [
                $"{RelationshipTypes.Connects}:western-europe-western-china", $"{RelationshipTypes.LocatedIn}:shymkent-refinery-upgrade",
                $"{RelationshipTypes.LocatedIn}:western-europe-western-china", $"{RelationshipTypes.LocatedIn}:zhezkazgan-beineu-railway",
            ],
            projects);
        Assert.Equal("President of Kazakhstan", response.At("country.leaders.nodes.0.title").GetString());
        Assert.Equal(2019, response.At("country.leaders.edges.0.sinceYear").GetInt32());
    }

    [Fact]
    public async Task Company_owners_subsidiaries_and_partners_read_the_same_relationship_from_both_ends()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              ktz: entity(key: "ktz") {
                ... on Company {
                  subsidiaries { edges { role direction label node { key } } }
                  partners { edges { direction node { key } } }
                  projects { nodes { key } }
                  trainingPrograms { nodes { key } }
                }
              }
              express: entity(key: "ktz-express") { ... on Company { owners { edges { direction label node { key } } } } }
              port: entity(key: "lianyungang-port") { ... on Company { partners { edges { direction node { key } } } } }
            }
            """);

        response.AssertNoErrors();
        var subsidiary = response.At("ktz.subsidiaries.edges.0");
        Assert.Equal("ktz-express", subsidiary.GetProperty("node").GetProperty("key").GetString());
        Assert.Equal("parent company", subsidiary.GetProperty("role").GetString());
        Assert.Equal("IN", subsidiary.GetProperty("direction").GetString());
        Assert.Equal("owns", subsidiary.GetProperty("label").GetString());
        Assert.Equal("ktz", response.At("express.owners.edges.0.node.key").GetString());
        Assert.Equal("OUT", response.At("express.owners.edges.0.direction").GetString());
        Assert.Equal("OUT", response.At("ktz.partners.edges.0.direction").GetString());
        Assert.Equal("IN", response.At("port.partners.edges.0.direction").GetString());
        Assert.Equal("ktz", response.At("port.partners.edges.0.node.key").GetString());
        Assert.Equal(["zhezkazgan-beineu-railway", "khorgos-gateway", "khorgos-gateway"], response.Strings("ktz.projects.nodes", "key"));
        Assert.Equal(["luban-workshop-astana"], response.Strings("ktz.trainingPrograms.nodes", "key"));
    }

    [Fact]
    public async Task Initiative_person_and_programme_fields_reach_entities_of_several_kinds_through_the_entity_interface()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              bri: entity(key: "belt-and-road") {
                ... on Initiative {
                  proposedBy { edges { note sinceYear sources { key } node { __typename key ... on Person { title } } } }
                  projects { nodes { key } }
                  programs { nodes { key field } }
                  members { nodes { key } }
                  alignedWith { edges { direction node { key } } }
                }
              }
              xi: entity(key: "xi-jinping") { ... on Person { ledRegions { nodes { key } } proposed { nodes { key } } } }
              luban: entity(key: "luban-workshop-astana") { ... on TrainingProgram { providers { edges { role node { key } } } trainsFor { nodes { __typename key } } } }
            }
            """);

        response.AssertNoErrors();
        var proposer = response.At("bri.proposedBy.edges.0");
        Assert.Equal("Person", proposer.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal("President of China", proposer.GetProperty("node").GetProperty("title").GetString());
        Assert.Equal("Announced at Nazarbayev University, Astana.", proposer.GetProperty("note").GetString());
        Assert.Equal(FixtureGraph.Speech, proposer.GetProperty("sources")[0].GetProperty("key").GetString());
        Assert.Equal(["khorgos-gateway"], response.Strings("bri.projects.nodes", "key"));
        Assert.Equal("railway operations", response.At("bri.programs.nodes.0.field").GetString());
        Assert.Equal(["china"], response.Strings("bri.members.nodes", "key"));
        Assert.Equal("nurly-zhol", response.At("bri.alignedWith.edges.0.node.key").GetString());
        Assert.Equal("IN", response.At("bri.alignedWith.edges.0.direction").GetString());
        Assert.Equal(["china"], response.Strings("xi.ledRegions.nodes", "key"));
        Assert.Equal(["belt-and-road"], response.Strings("xi.proposed.nodes", "key"));
        Assert.Equal(
            ["eurasian-national-university", "tianjin-railway-college"],
            response.At("luban.providers.edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()));
        Assert.Equal(["host", "partner college"], response.Strings("luban.providers.edges", "role"));
        Assert.Equal("Company", response.At("luban.trainsFor.nodes.0.__typename").GetString());
    }

    [Fact]
    public async Task Generic_relationships_filter_by_type_direction_and_kind_and_page_with_cursors()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              entity(key: "khorgos-gateway") {
                owned: relationships(types: ["OWNED_BY"], direction: OUT) { totalCount }
                incoming: relationships(direction: IN) { edges { relationshipType node { key } } }
                initiatives: relationships(kinds: [INITIATIVE]) { nodes { key } }
                firstTwo: relationships(first: 2) { totalCount edges { cursor key } pageInfo { endCursor hasNextPage } }
              }
            }
            """);
        response.AssertNoErrors();
        var next = await fixture.Host.ExecuteAsync(
            """query($after: String) { entity(key: "khorgos-gateway") { relationships(first: 2, after: $after) { edges { key } pageInfo { hasPreviousPage } } } }""",
            new { after = response.At("entity.firstTwo.pageInfo.endCursor").GetString() });

        Assert.Equal(3, response.At("entity.owned.totalCount").GetInt32());
        Assert.Equal(["PART_OF:khorgos-container-terminal"], response.At("entity.incoming.edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("relationshipType").GetString()}:{e.GetProperty("node").GetProperty("key").GetString()}"));
        Assert.Equal(["belt-and-road", "nurly-zhol"], response.Strings("entity.initiatives.nodes", "key"));
        Assert.Equal(8, response.At("entity.firstTwo.totalCount").GetInt32());
        Assert.True(response.At("entity.firstTwo.pageInfo.hasNextPage").GetBoolean());
        next.AssertNoErrors();
        Assert.True(next.At("entity.relationships.pageInfo.hasPreviousPage").GetBoolean());
        Assert.Empty(response.Strings("entity.firstTwo.edges", "key").Intersect(next.Strings("entity.relationships.edges", "key")));
    }

    [Fact]
    public async Task Generic_relationships_reject_unknown_relationship_types()
    {
        var response = await fixture.Host.ExecuteAsync("""{ entity(key: "ktz") { relationships(types: ["FRIEND_OF"]) { totalCount } } }""");

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        Assert.Equal(ValidationCodes.UnknownRelationshipType, response.Errors[0].GetProperty("extensions").GetProperty("details")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Relationship_by_key_shows_both_ends_and_registry_lists_every_type()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              relationship(key: "bri-proposed-by-xi") { relationshipType label from { key } to { key } sources { title } }
              relationshipTypes { name fromKinds toKinds forwardLabel inverseLabel }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal("belt-and-road", response.At("relationship.from.key").GetString());
        Assert.Equal("xi-jinping", response.At("relationship.to.key").GetString());
        Assert.Equal("proposed by", response.At("relationship.label").GetString());
        Assert.Equal(KnowledgeGraph.Domain.Relationships.RelationshipTypes.All.Count, response.At("relationshipTypes").GetArrayLength());
        var operatedBy = response.At("relationshipTypes").EnumerateArray().Single(t => t.GetProperty("name").GetString() == RelationshipTypes.OperatedBy);
        Assert.Equal(["PROJECT"], operatedBy.GetProperty("fromKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["COMPANY", "ORGANIZATION"], operatedBy.GetProperty("toKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("operates", operatedBy.GetProperty("inverseLabel").GetString());
    }
}
