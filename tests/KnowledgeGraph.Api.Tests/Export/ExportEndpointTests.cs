using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Relationships;
using KnowledgeGraph.Domain.Traversal;
using KnowledgeGraph.Domain.Validation;
using KnowledgeGraph.GraphQL.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Export;

/// <summary>
/// GET /export/neighborhood and /export/paths on the real service and seed: downloads in every format that hold the
/// traversal's records and the sources they cite; bad arguments answer problems with the GraphQL error codes.
/// </summary>
public sealed class ExportEndpointTests(ExportEndpointTests.Factory factory) : IClassFixture<ExportEndpointTests.Factory>
{
    private const string DryPort = "khorgos-gateway-dry-port";
    private const string Xi = "xi-jinping";
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task A_neighbourhood_downloads_as_graphml_with_the_same_records_as_the_traversal()
    {
        var response = await factory.CreateClient().GetAsync($"/export/neighborhood?id={DryPort}&depth=2&format=graphml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"neighborhood-{DryPort}-depth-2.graphml", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        var graphml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var expected = await factory.Services.GetRequiredService<IGraphTraversal>()
            .GetNeighborhoodAsync(new NeighborhoodSpec { RootKey = DryPort, Depth = 2, Limit = 500 });
        Assert.Equal(expected.Nodes.Select(n => n.Key).Order(), graphml.Descendants(G + "node").Select(n => n.Attribute("id")!.Value).Order());
        Assert.Equal(expected.Relationships.Count, graphml.Descendants(G + "edge").Count());
        Assert.Equal(expected.Truncated ? "true" : "false", response.Headers.GetValues("X-Subgraph-Truncated").Single());
    }

    [Fact]
    public async Task A_neighbourhood_named_by_global_id_downloads_as_seed_json_that_cites_only_included_sources()
    {
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Project:{DryPort}"));

        var response = await factory.CreateClient().GetAsync($"/export/neighborhood?id={Uri.EscapeDataString(id)}&relationshipTypes=OWNED_BY,OPERATED_BY");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var sources = root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("key").GetString()).ToHashSet();
        var cited = root.GetProperty("entities").EnumerateArray().Concat(root.GetProperty("relationships").EnumerateArray())
            .SelectMany(r => r.GetProperty("sources").EnumerateArray().Select(s => s.GetString()))
            .ToHashSet();
        Assert.Contains(root.GetProperty("entities").EnumerateArray(), e => e.GetProperty("key").GetString() == DryPort);
        Assert.All(root.GetProperty("relationships").EnumerateArray(), r => Assert.Contains(r.GetProperty("type").GetString(), new[] { RelationshipTypes.OwnedBy, RelationshipTypes.OperatedBy }));
        Assert.NotEmpty(cited);
        Assert.Equal(cited.Order(), sources.Order());
    }

    [Fact]
    public async Task A_neighbourhood_downloads_as_a_zip_of_the_three_csv_files()
    {
        var response = await factory.CreateClient().GetAsync($"/export/neighborhood?id={DryPort}&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["entities.csv", "relationships.csv", "sources.csv"], zip.Entries.Select(e => e.FullName).Order());
        using var entities = new StreamReader(zip.GetEntry("entities.csv")!.Open());
        Assert.StartsWith("key,kind,name,aliases,description,sources,", await entities.ReadLineAsync());
        Assert.Contains(DryPort, await entities.ReadToEndAsync());
    }

    [Fact]
    public async Task Paths_download_as_a_cypher_script_with_every_hop_and_its_sources()
    {
        var response = await factory.CreateClient().GetAsync($"/export/paths?from={Xi}&to={DryPort}&mode=ALL_SHORTEST&maxLength=4&format=cypher");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"paths-{Xi}-to-{DryPort}.cypher", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var paths = await factory.Services.GetRequiredService<IGraphTraversal>()
            .FindPathsAsync(new PathSpec { FromKey = Xi, ToKey = DryPort, MaxLength = 4, Mode = PathMode.AllShortest, First = 10 });
        Assert.NotEmpty(paths);
        Assert.Equal(paths.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Path-Count").Single());
        var script = await response.Content.ReadAsStringAsync();
        foreach (var hop in paths.SelectMany(p => p.Hops))
        {
            Assert.Contains($"MERGE (a)-[r:{hop.Relationship.Type} {{key: '{hop.Relationship.Key}'}}]->(b)", script);
            Assert.All(hop.Relationship.SourceKeys, s => Assert.Contains($"MERGE (s:Source {{key: '{s}'}})", script));
        }
    }

    [Theory]
    [InlineData("/export/neighborhood?id=khorgos-gateway-dry-port&depth=99", DomainErrorCodes.LimitExceeded, "depth")]
    [InlineData("/export/neighborhood?id=khorgos-gateway-dry-port&depth=-1", DomainErrorCodes.ValidationFailed, ValidationCodes.InvalidValue)]
    [InlineData("/export/neighborhood?id=khorgos-gateway-dry-port&relationshipTypes=CONECTS", DomainErrorCodes.ValidationFailed, ValidationCodes.UnknownRelationshipType)]
    [InlineData("/export/neighborhood?id=khorgos-gateway-dry-port&format=xlsx", DomainErrorCodes.ValidationFailed, ValidationCodes.InvalidValue)]
    [InlineData("/export/neighborhood?id=khorgos-gateway-dry-port&kinds=PLANET", DomainErrorCodes.ValidationFailed, ValidationCodes.InvalidValue)]
    [InlineData("/export/neighborhood", DomainErrorCodes.ValidationFailed, ValidationCodes.Required)]
    [InlineData("/export/neighborhood?id=Not%20An%20Id!", DomainErrorCodes.ValidationFailed, ErrorCodes.InvalidId)]
    [InlineData("/export/paths?from=xi-jinping&to=khorgos-gateway-dry-port&maxLength=40", DomainErrorCodes.LimitExceeded, "maxLength")]
    [InlineData("/export/paths?from=xi-jinping&to=khorgos-gateway-dry-port&mode=LONGEST", DomainErrorCodes.ValidationFailed, ValidationCodes.InvalidValue)]
    public async Task Bad_arguments_answer_400_with_a_json_problem_and_the_graphql_error_code(string url, string code, string detail)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        Assert.Contains(detail, body);
    }

    [Theory]
    [InlineData("/export/neighborhood?id=no-such-entity")]
    [InlineData("/export/paths?from=xi-jinping&to=no-such-entity")]
    [InlineData("/export/neighborhood?id=UmVnaW9uOmtob3Jnb3MtZ2F0ZXdheS1kcnktcG9ydA==")]
    public async Task An_unknown_entity_or_one_of_another_kind_than_its_id_says_answers_404(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(DomainErrorCodes.NotFound, json.RootElement.GetProperty("code").GetString());
    }

    /// <summary>One service with the real seed for every test of this class.</summary>
    public sealed class Factory : ApiFactory;
}
