using System.Text;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Xunit;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class Neo4jQueryClientRequestTests
{
    [Fact]
    public async Task RunAsync_posts_the_statement_and_typed_parameters_to_the_database_query_endpoint()
    {
        var server = new FakeNeo4jServer().Respond(Empty());
        var client = TestClients.Create(server, TestClients.Options(o => o.Database = "graph"));
        var statement = new CypherStatement("MATCH (n:Entity {key: $key}) RETURN n", new Dictionary<string, object?> { ["key"] = "khorgos", ["limit"] = 5L, ["length"] = 3.0 });

        await client.RunAsync(statement, AccessMode.Read);

        var request = Assert.Single(server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/db/graph/query/v2", request.Path);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
        Assert.Contains("application/vnd.neo4j.query", request.Header("Accept"));
        var body = request.Json;
        Assert.Equal("MATCH (n:Entity {key: $key}) RETURN n", body.GetProperty("statement").GetString());
        Assert.Equal("""{"$type":"String","_value":"khorgos"}""", body.GetProperty("parameters").GetProperty("key").GetRawText());
        Assert.Equal("""{"$type":"Integer","_value":"5"}""", body.GetProperty("parameters").GetProperty("limit").GetRawText());
        Assert.Equal("""{"$type":"Float","_value":"3.0"}""", body.GetProperty("parameters").GetProperty("length").GetRawText());
    }

    [Theory]
    [InlineData(AccessMode.Read, "Read")]
    [InlineData(AccessMode.Write, "Write")]
    public async Task RunAsync_sends_the_access_mode(AccessMode mode, string expected)
    {
        var server = new FakeNeo4jServer().Respond(Empty());
        var client = TestClients.Create(server);

        await client.RunAsync(new CypherStatement("RETURN 1"), mode);

        Assert.Equal(expected, server.Requests[0].Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task RunAsync_asks_for_counters_only_when_told_and_reads_them()
    {
        var server = new FakeNeo4jServer().Respond(
            """{"data":{"fields":[],"values":[]},"counters":{"containsUpdates":true,"nodesCreated":2,"propertiesSet":5,"labelsAdded":2},"bookmarks":["b1"]}""");
        var client = TestClients.Create(server);

        var plain = await client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read);
        var counted = await client.RunAsync(new CypherStatement("CREATE (:A), (:A)"), AccessMode.Write, includeCounters: true);

        Assert.False(server.Requests[0].Json.TryGetProperty("includeCounters", out _));
        Assert.True(server.Requests[1].Json.GetProperty("includeCounters").GetBoolean());
        Assert.NotNull(counted.Counters);
        Assert.True(counted.Counters!.ContainsUpdates);
        Assert.Equal(2, counted.Counters.NodesCreated);
        Assert.Equal(5, counted.Counters.PropertiesSet);
        Assert.NotNull(plain.Counters);
    }

    [Fact]
    public async Task Bookmarks_of_a_write_are_sent_with_the_following_read()
    {
        var server = new FakeNeo4jServer()
            .Respond(Empty("FB:first-read"))
            .Respond(Empty("FB:after-write"))
            .Respond(Empty("FB:second-read"));
        var client = TestClients.Create(server);

        await client.RunAsync(new CypherStatement("MATCH (n) RETURN n"), AccessMode.Read);
        await client.RunAsync(new CypherStatement("CREATE (n)"), AccessMode.Write);
        await client.RunAsync(new CypherStatement("MATCH (n) RETURN n"), AccessMode.Read);

        Assert.False(server.Requests[0].Json.TryGetProperty("bookmarks", out _));
        Assert.Equal(["FB:first-read"], server.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["FB:after-write"], server.Requests[2].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));

        // A read waited for what it was sent, so its own bookmark covers it.
        Assert.Equal(["FB:second-read"], client.Bookmarks);
    }

    [Fact]
    public async Task Bookmarks_learned_from_another_instance_are_sent_with_the_next_request_until_its_answer_covers_them()
    {
        var server = new FakeNeo4jServer().Respond(Empty("FB:own-write")).Respond(Empty("FB:read"));
        var client = TestClients.Create(server);
        await client.RunAsync(new CypherStatement("CREATE (n)"), AccessMode.Write);

        client.ObserveBookmarks(["FB:other-instance"]);
        await client.RunAsync(new CypherStatement("MATCH (n) RETURN n"), AccessMode.Read);

        Assert.Equal(["FB:own-write", "FB:other-instance"], server.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(["FB:read"], client.Bookmarks);
    }

    [Fact]
    public async Task Bookmarks_learned_while_a_request_is_under_way_stay_for_the_next_one()
    {
        var client = default(Neo4jQueryClient);
        var server = new FakeNeo4jServer()
            .Respond(_ =>
            {
                client!.ObserveBookmarks(["FB:arrived-meanwhile"]);
                return new HttpResponseMessage(System.Net.HttpStatusCode.Accepted) { Content = new StringContent(Empty("FB:read"), Encoding.UTF8, "application/vnd.neo4j.query") };
            });
        client = TestClients.Create(server);
        client.ObserveBookmarks(["FB:sent"]);

        await client.RunAsync(new CypherStatement("MATCH (n) RETURN n"), AccessMode.Read);

        Assert.Equal(["FB:arrived-meanwhile", "FB:read"], client.Bookmarks);
    }

    [Fact]
    public async Task Basic_authentication_encodes_user_and_password()
    {
        var server = new FakeNeo4jServer().Respond(Empty());
        var client = TestClients.Create(server);

        await client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read);

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:verysecret")), server.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task Bearer_authentication_sends_the_base64_token_as_the_query_api_documents()
    {
        var server = new FakeNeo4jServer().Respond(Empty());
        var client = TestClients.Create(server, TestClients.Options(o =>
        {
            o.Username = null;
            o.Password = null;
            o.BearerToken = "xbhkjnlvianztghqwawxqfe";
        }));

        await client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read);

        Assert.Equal("Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("xbhkjnlvianztghqwawxqfe")), server.Requests[0].Header("Authorization"));
    }

    [Fact]
    public async Task RunAsync_decodes_rows_by_field_name()
    {
        var server = new FakeNeo4jServer().Respond(Data(
            """["name","age"]""",
            """[[{"$type":"String","_value":"Alice"},{"$type":"Integer","_value":"42"}],[{"$type":"String","_value":"Bob"},{"$type":"Null","_value":null}]]"""));
        var client = TestClients.Create(server);

        var result = await client.RunAsync(new CypherStatement("MATCH (p) RETURN p.name AS name, p.age AS age"), AccessMode.Read);

        Assert.Equal(["name", "age"], result.Fields);
        Assert.Equal("Alice", result.Records[0].Get<string>("name"));
        Assert.Equal(42L, result.Records[0].Get<long>("age"));
        Assert.Equal(42, result.Records[0].Get<int>("age"));
        Assert.Null(result.Records[1]["age"]);
        Assert.Equal([Bookmark], result.Bookmarks);
    }
}
