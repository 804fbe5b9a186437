using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Tests.Support;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// Projects of the fixture: khorgos-gateway (Logistics, 2015), western-europe-western-china (Transport, 2009, 8445 km),
/// zhezkazgan-beineu-railway (Transport, 2012, 988 km), aktau-container-hub (Logistics, 2022),
/// shymkent-refinery-upgrade (Energy, 2014), khorgos-container-terminal (Logistics, 2016).
/// </summary>
public sealed class FilteringTests(GraphFixture fixture) : IClassFixture<GraphFixture>
{
    [Theory]
    [InlineData("""{ sector: { eq: "Logistics" } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway")]
    [InlineData("""{ sector: { neq: "Logistics" } }""", "shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ sector: { in: ["Energy", "Transport"] } }""", "shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ sector: { nin: ["Energy", "Transport"] } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway")]
    [InlineData("""{ name: { contains: "KHORGOS" } }""", "khorgos-container-terminal,khorgos-gateway")]
    [InlineData("""{ name: { ncontains: "khorgos" } }""", "aktau-container-hub,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ name: { startsWith: "zhez" } }""", "zhezkazgan-beineu-railway")]
    [InlineData("""{ key: { eq: "khorgos-gateway" } }""", "khorgos-gateway")]
    [InlineData("""{ description: { contains: "caspian" } }""", "aktau-container-hub,zhezkazgan-beineu-railway")]
    [InlineData("""{ startYear: { eq: 2015 } }""", "khorgos-gateway")]
    [InlineData("""{ startYear: { neq: 2015 } }""", "aktau-container-hub,khorgos-container-terminal,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ startYear: { in: [2009, 2022] } }""", "aktau-container-hub,western-europe-western-china")]
    [InlineData("""{ startYear: { nin: [2009, 2022] } }""", "khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,zhezkazgan-beineu-railway")]
    [InlineData("""{ startYear: { gt: 2014 } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway")]
    [InlineData("""{ startYear: { gte: 2014 } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade")]
    [InlineData("""{ startYear: { lt: 2012 } }""", "western-europe-western-china")]
    [InlineData("""{ startYear: { lte: 2012 } }""", "western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ lengthKm: { eq: 988 } }""", "zhezkazgan-beineu-railway")]
    [InlineData("""{ lengthKm: { neq: 988 } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china")]
    [InlineData("""{ lengthKm: { in: [988, 8445.0] } }""", "western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ lengthKm: { nin: [988] } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china")]
    [InlineData("""{ lengthKm: { gt: 1000.5 } }""", "western-europe-western-china")]
    [InlineData("""{ lengthKm: { gte: 988 } }""", "western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ lengthKm: { lt: 8445 } }""", "zhezkazgan-beineu-railway")]
    [InlineData("""{ lengthKm: { lte: 8445 } }""", "western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ sector: { eq: "Transport" }, startYear: { gt: 2010 } }""", "zhezkazgan-beineu-railway")]
    [InlineData("""{ and: [{ sector: { eq: "Logistics" } }, { name: { startsWith: "khorgos" } }] }""", "khorgos-container-terminal,khorgos-gateway")]
    [InlineData("""{ or: [{ sector: { eq: "Energy" } }, { lengthKm: { gt: 5000 } }] }""", "shymkent-refinery-upgrade,western-europe-western-china")]
    [InlineData("""{ or: [{ startYear: { lt: 2010 } }, { and: [{ sector: { eq: "Logistics" } }, { startYear: { gte: 2016 } }] }] }""", "aktau-container-hub,khorgos-container-terminal,western-europe-western-china")]
    [InlineData("""{ startYear: { gte: 2012, lte: 2015 } }""", "khorgos-gateway,shymkent-refinery-upgrade,zhezkazgan-beineu-railway")]
    [InlineData("""{ name: { endsWith: "RAILWAY" } }""", "zhezkazgan-beineu-railway")]
    [InlineData("""{ name: { nendsWith: "railway" } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china")]
    [InlineData("""{ name: { nstartsWith: "KHORGOS" } }""", "aktau-container-hub,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ description: { nendsWith: "." } }""", "khorgos-container-terminal")]
    [InlineData("""{ description: { eq: null } }""", "khorgos-container-terminal")]
    [InlineData("""{ description: { neq: null } }""", "aktau-container-hub,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ status: { eq: null } }""", "khorgos-container-terminal")]
    [InlineData("""{ status: { nin: ["Operational"] } }""", "aktau-container-hub,khorgos-container-terminal")]
    [InlineData("""{ completionYear: { neq: null } }""", "zhezkazgan-beineu-railway")]
    [InlineData("""{ startYear: { ngt: 2014 } }""", "shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ startYear: { ngte: 2015 } }""", "shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ startYear: { nlt: 2015 } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway")]
    [InlineData("""{ startYear: { nlte: 2014 } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway")]
    [InlineData("""{ lengthKm: { ngt: 1000 } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,zhezkazgan-beineu-railway")]
    [InlineData("""{ lengthKm: { nlt: 1000 } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china")]
    [InlineData("""{ name: { and: [{ contains: "khorgos" }, { endsWith: "terminal" }] } }""", "khorgos-container-terminal")]
    [InlineData("""{ name: { or: [{ startsWith: "aktau" }, { startsWith: "shym" }] } }""", "aktau-container-hub,shymkent-refinery-upgrade")]
    [InlineData("""{ startYear: { or: [{ lt: 2010 }, { gt: 2020 }] } }""", "aktau-container-hub,western-europe-western-china")]
    [InlineData("""{ kind: { eq: PROJECT } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ id: { eq: "UHJvamVjdDpraG9yZ29zLWdhdGV3YXk=" } }""", "khorgos-gateway")]
    [InlineData("""{ id: { in: ["UHJvamVjdDpraG9yZ29zLWdhdGV3YXk=", "UHJvamVjdDpha3RhdS1jb250YWluZXItaHVi", "Q29tcGFueTprdHo="] } }""", "aktau-container-hub,khorgos-gateway")]
    [InlineData("""{ id: { nin: ["UHJvamVjdDpraG9yZ29zLWdhdGV3YXk=", "UHJvamVjdDpha3RhdS1jb250YWluZXItaHVi"] } }""", "khorgos-container-terminal,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ investment: { amount: { gt: 1000000000 } } }""", "shymkent-refinery-upgrade")]
    [InlineData("""{ investment: { currency: { eq: "USD" } } }""", "khorgos-gateway,shymkent-refinery-upgrade")]
    [InlineData("""{ investment: { } }""", "khorgos-gateway,shymkent-refinery-upgrade")]
    [InlineData("""{ investment: { amount: { nlt: 1000000000 } } }""", "shymkent-refinery-upgrade")]
    [InlineData("""{ investmentAmount: { nlt: 1000000000 } }""", "aktau-container-hub,khorgos-container-terminal,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ aliases: { some: { contains: "ktze" } } }""", "khorgos-gateway")]
    [InlineData("""{ aliases: { any: true } }""", "khorgos-gateway")]
    [InlineData("""{ aliases: { any: false } }""", "aktau-container-hub,khorgos-container-terminal,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ aliases: { all: { startsWith: "ktze" } } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ aliases: { none: { endsWith: "GATEWAY" } } }""", "aktau-container-hub,khorgos-container-terminal,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ sources: { some: { title: { contains: "DRY PORT" } } } }""", "aktau-container-hub,khorgos-container-terminal,khorgos-gateway,shymkent-refinery-upgrade,western-europe-western-china,zhezkazgan-beineu-railway")]
    [InlineData("""{ sources: { all: { publisher: { eq: "Test Wire" } } }, status: { eq: "UnderConstruction" } }""", "aktau-container-hub")]
    [InlineData("""{ version: { gte: 1 }, sector: { eq: "Energy" } }""", "shymkent-refinery-upgrade")]
    public async Task Projects_where_applies_every_operator_and_combination(string where, string expectedKeys)
    {
        var response = await fixture.Host.ExecuteAsync($"{{ projects(first: 50, where: {where}, order: [{{ key: ASC }}]) {{ totalCount nodes {{ key }} }} }}");

        response.AssertNoErrors();
        Assert.Equal(expectedKeys.Split(','), response.Strings("projects.nodes", "key"));
        Assert.Equal(expectedKeys.Split(',').Length, response.At("projects.totalCount").GetInt32());
    }

    [Fact]
    public async Task Filters_on_kind_specific_properties_of_other_kinds_work_the_same_way()
    {
        var response = await fixture.Host.ExecuteAsync("""
            {
              companies(where: { country: { eq: "China" } }, order: [{ key: ASC }]) { nodes { key } }
              regions(where: { level: { eq: "Country" } }, order: [{ key: ASC }]) { nodes { key } }
              initiatives(where: { launchedYear: { gte: 2014 } }, order: [{ key: ASC }]) { nodes { key } }
              entities(where: { name: { startsWith: "K" } }, order: [{ key: ASC }]) { nodes { key } }
            }
            """);

        response.AssertNoErrors();
        Assert.Equal(["cnpc", "cosco-shipping", "lianyungang-port"], response.Strings("companies.nodes", "key"));
        Assert.Equal(["china", "kazakhstan"], response.Strings("regions.nodes", "key"));
        Assert.Equal(["middle-corridor", "nurly-zhol"], response.Strings("initiatives.nodes", "key"));
        Assert.Equal(
            ["kassym-jomart-tokayev", "kazakhstan", "khorgos-container-terminal", "khorgos-gateway", "ktz", "ktz-express"],
            response.Strings("entities.nodes", "key"));
    }

    [Fact]
    public async Task A_null_value_other_than_eq_or_neq_fails_with_VALIDATION_FAILED_naming_its_path()
    {
        var response = await fixture.Host.ExecuteAsync("""{ projects(where: { or: [{ sector: { contains: null } }] }) { totalCount } }""");

        Assert.Equal([DomainErrorCodes.ValidationFailed], response.ErrorCodes);
        var detail = response.Errors[0].GetProperty("extensions").GetProperty("details")[0];
        Assert.Equal("where.or[0].sector.contains", detail.GetProperty("path").GetString());
        Assert.Equal(ErrorCodes.NullNotSupported, detail.GetProperty("code").GetString());
    }
}
