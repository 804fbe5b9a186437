using GraphQL.Introspection;
using GraphQL.Types;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// The filter inputs follow Hot Chocolate's conventions: its input type names and operators, kinds and global ids,
/// list and nested-object filters shaped as the output, and the flat fields they replace kept as deprecated aliases.
/// </summary>
public sealed class FilterConventionTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    private const string KtzId = "Q29tcGFueTprdHo=";
    private const string ChinaId = "UmVnaW9uOmNoaW5h";
    private const string SourceId = "U291cmNlOnNyYy13aXJl";

    [Theory]
    [InlineData("StringOperationFilterInput", "and,or,eq,neq,in,nin,contains,ncontains,startsWith,nstartsWith,endsWith,nendsWith")]
    [InlineData("IntOperationFilterInput", "and,or,eq,neq,in,nin,gt,ngt,gte,ngte,lt,nlt,lte,nlte")]
    [InlineData("FloatOperationFilterInput", "and,or,eq,neq,in,nin,gt,ngt,gte,ngte,lt,nlt,lte,nlte")]
    [InlineData("LongOperationFilterInput", "and,or,eq,neq,in,nin,gt,ngt,gte,ngte,lt,nlt,lte,nlte")]
    [InlineData("IdOperationFilterInput", "eq,neq,in,nin")]
    [InlineData("EntityKindOperationFilterInput", "eq,neq,in,nin")]
    [InlineData("ListStringOperationFilterInput", "all,none,some,any")]
    [InlineData("ListFilterInputTypeOfSourceFilterInput", "all,none,some,any")]
    [InlineData("SourceFilterInput", "and,or,key,title,publisher,url")]
    [InlineData("CoordinatesFilterInput", "and,or,latitude,longitude")]
    [InlineData("InvestmentFilterInput", "and,or,amount,currency")]
    [InlineData("EntityFilterInput", "and,or,id,key,kind,name,aliases,description,sources,version")]
    public async Task Filter_inputs_carry_Hot_Chocolates_names_and_operators(string typeName, string fields)
    {
        var response = await fixture.Host.ExecuteAsync($$"""{ __type(name: "{{typeName}}") { kind inputFields { name } } }""");

        response.AssertNoErrors();
        Assert.Equal(nameof(TypeKind.INPUT_OBJECT), response.At("__type.kind").GetString());
        Assert.Equal(fields.Split(','), response.Strings("__type.inputFields", "name"));
    }

    [Theory]
    [InlineData("RegionFilterInput", "latitude", "Use coordinates: { latitude: … }, shaped as the output.")]
    [InlineData("RegionFilterInput", "longitude", "Use coordinates: { longitude: … }, shaped as the output.")]
    [InlineData("ProjectFilterInput", "investmentAmount", "Use investment: { amount: … }, shaped as the output.")]
    [InlineData("ProjectFilterInput", "investmentCurrency", "Use investment: { currency: … }, shaped as the output.")]
    [InlineData("ProjectFilterInput", "investment", null)]
    [InlineData("RegionFilterInput", "coordinates", null)]
    [InlineData("RegionFilterInput", "isoCode", null)]
    public void Flat_fields_a_nested_object_replaces_carry_a_deprecation_reason_naming_the_nested_field(string type, string field, string? reason)
    {
        var input = Assert.IsAssignableFrom<IInputObjectGraphType>(fixture.Host.Schema.AllTypes[type]);

        Assert.Equal(reason, input.GetField(field)!.DeprecationReason);
    }

    [Fact]
    public async Task A_nested_object_filter_matches_only_entities_that_have_the_object_while_the_flat_negation_also_matches_missing_values()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              north: regions(where: { coordinates: { latitude: { gt: 40 } } }, order: [{ key: ASC }]) { nodes { key } }
              nested: regions(where: { coordinates: { longitude: { nlt: 100 } } }, order: [{ key: ASC }]) { nodes { key } }
              flat: regions(where: { longitude: { nlt: 100 } }, order: [{ key: ASC }]) { nodes { key } }
              located: regions(where: { coordinates: { } }, order: [{ key: ASC }]) { nodes { key } }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal(["almaty-region", "kazakhstan"], response.Strings("north.nodes", "key"));
        Assert.Equal(["china"], response.Strings("nested.nodes", "key"));
        Assert.Equal(["china", "mangystau-region", "xinjiang"], response.Strings("flat.nodes", "key"));
        Assert.Equal(["almaty-region", "china", "kazakhstan"], response.Strings("located.nodes", "key"));
    }

    [Fact]
    public async Task Kind_and_id_filter_the_connection_over_every_kind()
    {
        var response = await fixture.Host.ExecuteAsync($$"""
            {
              kinds: entities(where: { kind: { in: [COMPANY, PERSON] } }, order: [{ key: ASC }]) { nodes { key } }
              notKinds: entities(where: { kind: { nin: [COMPANY, PERSON, PROJECT, REGION, INITIATIVE] } }, order: [{ key: ASC }]) { nodes { key } }
              ids: entities(where: { id: { in: ["{{KtzId}}", "{{ChinaId}}", "{{SourceId}}"] } }, order: [{ key: ASC }]) { nodes { key } }
              sourceId: entities(where: { id: { eq: "{{SourceId}}" } }) { totalCount }
              all: entities { totalCount }
              notIds: entities(where: { id: { nin: ["{{KtzId}}", "{{ChinaId}}"] } }) { totalCount }
              wrongKind: projects(where: { id: { eq: "{{KtzId}}" } }) { totalCount }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal(["cnpc", "cosco-shipping", "kassym-jomart-tokayev", "ktz", "ktz-express", "lianyungang-port", "xi-jinping"],
            response.Strings("kinds.nodes", "key"));
        Assert.Equal(["eurasian-national-university", "luban-workshop-astana", "tianjin-railway-college"], response.Strings("notKinds.nodes", "key"));
        Assert.Equal(["china", "ktz"], response.Strings("ids.nodes", "key"));
        Assert.Equal(0, response.At("sourceId.totalCount").GetInt32());
        Assert.Equal(response.At("all.totalCount").GetInt32() - 2, response.At("notIds.totalCount").GetInt32());
        Assert.Equal(0, response.At("wrongKind.totalCount").GetInt32());
    }

    [Fact]
    public async Task A_value_that_is_not_a_global_id_is_INVALID_ID_naming_its_path()
    {
        var response = await fixture.Host.ExecuteAsync("""{ entities(where: { id: { in: ["UHJvamVjdDpraG9yZ29zLWdhdGV3YXk=", "khorgos-gateway"] } }) { totalCount } }""");

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        var detail = response.Errors[0].GetProperty("extensions").GetProperty("details")[0];
        Assert.Equal("where.id.in[1]", detail.GetProperty("path").GetString());
        Assert.Equal(ErrorCodes.InvalidId, detail.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Empty_in_matches_nothing_empty_nin_and_empty_and_match_everything_and_empty_or_matches_nothing()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              emptyIn: projects(where: { sector: { in: [] } }) { totalCount }
              emptyNin: projects(where: { sector: { nin: [] } }) { totalCount }
              emptyIdIn: projects(where: { id: { in: [] } }) { totalCount }
              emptyAnd: projects(where: { and: [] }) { totalCount }
              emptyOr: projects(where: { or: [] }) { totalCount }
              emptyOperationOr: projects(where: { name: { or: [] } }) { totalCount }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal(0, response.At("emptyIn.totalCount").GetInt32());
        Assert.Equal(6, response.At("emptyNin.totalCount").GetInt32());
        Assert.Equal(0, response.At("emptyIdIn.totalCount").GetInt32());
        Assert.Equal(6, response.At("emptyAnd.totalCount").GetInt32());
        Assert.Equal(0, response.At("emptyOr.totalCount").GetInt32());
        Assert.Equal(0, response.At("emptyOperationOr.totalCount").GetInt32());
    }

    [Theory]
    [InlineData("description", """{ eq: "Railway shortening the route to the Caspian." }""", """{ neq: "Railway shortening the route to the Caspian." }""")]
    [InlineData("description", """{ in: ["Railway shortening the route to the Caspian."] }""", """{ nin: ["Railway shortening the route to the Caspian."] }""")]
    [InlineData("description", """{ contains: "port" }""", """{ ncontains: "port" }""")]
    [InlineData("description", """{ startsWith: "r" }""", """{ nstartsWith: "r" }""")]
    [InlineData("description", """{ endsWith: "BORDER." }""", """{ nendsWith: "BORDER." }""")]
    [InlineData("description", """{ neq: null }""", """{ eq: null }""")]
    [InlineData("lengthKm", """{ eq: 988 }""", """{ neq: 988 }""")]
    [InlineData("lengthKm", """{ gt: 1000 }""", """{ ngt: 1000 }""")]
    [InlineData("lengthKm", """{ gte: 1000 }""", """{ ngte: 1000 }""")]
    [InlineData("lengthKm", """{ lt: 1000 }""", """{ nlt: 1000 }""")]
    [InlineData("lengthKm", """{ lte: 1000 }""", """{ nlte: 1000 }""")]
    public async Task Each_operator_and_its_negation_split_all_entities_between_them_missing_values_going_to_the_negation(
        string field, string positive, string negative)
    {
        var response = await fixture.Host.ExecuteAsync(
            $"{{ p: projects(where: {{ {field}: {positive} }}) {{ totalCount }} n: projects(where: {{ {field}: {negative} }}) {{ totalCount }} " +
            $"missing: projects(where: {{ {field}: {{ eq: null }} }}) {{ totalCount }} all: projects {{ totalCount }} }}");

        response.AssertNoErrors();
        Assert.Equal(response.At("all.totalCount").GetInt32(), response.At("p.totalCount").GetInt32() + response.At("n.totalCount").GetInt32());
        Assert.InRange(response.At("missing.totalCount").GetInt32(), 1, response.At("all.totalCount").GetInt32() - 1);
        Assert.InRange(response.At("p.totalCount").GetInt32(), 1, response.At("all.totalCount").GetInt32() - 1);
        Assert.InRange(response.At("n.totalCount").GetInt32(), response.At("missing.totalCount").GetInt32(), response.At("all.totalCount").GetInt32());
    }

    [Fact]
    public async Task Every_operator_value_counts_against_the_filter_limit()
    {
        await using var host = fixture.CreateHost(new Dictionary<string, string?> { ["GraphQL:MaxFilterValues"] = "4" });

        // Two branches, eq: null and two in values: 5.
        var operationLogic = await host.ExecuteAsync("""{ projects(where: { name: { and: [{ eq: null }, { in: ["a", "b"] }] } }) { totalCount } }""");

        // Four element values and any: 5; with three values, 4.
        var list = await host.ExecuteAsync("""{ projects(where: { aliases: { some: { in: ["a", "b", "c", "d"] }, any: true } }) { totalCount } }""");
        var allowed = await host.ExecuteAsync("""{ projects(where: { aliases: { some: { in: ["a", "b", "c"] }, any: true } }) { totalCount } }""");

        foreach (var refused in new[] { operationLogic, list })
        {
            var extensions = Assert.Single(refused.Errors).GetProperty("extensions");
            Assert.Equal(DomainErrorCodes.LimitExceeded, extensions.GetProperty("code").GetString());
            Assert.Equal("where", extensions.GetProperty("limit").GetString());
            Assert.Equal(5, extensions.GetProperty("requested").GetInt64());
        }

        allowed.AssertNoErrors();
        Assert.Equal(1, host.Store.TotalCalls);
    }
}
