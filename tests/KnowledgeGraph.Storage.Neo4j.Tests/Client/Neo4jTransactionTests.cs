using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Xunit;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class Neo4jTransactionTests
{
    private static readonly string One = """[[{"$type":"Integer","_value":"1"}]]""";

    [Fact]
    public async Task ExecuteWriteAsync_opens_with_the_first_statement_runs_the_rest_in_it_and_commits_replaying_the_cluster_affinity()
    {
        var server = new FakeNeo4jServer()
            .Respond(InTransaction("lyU", """["n"]""", One), affinity: "MTAuOC41Ljc6MTc0NzQ=")
            .Respond(SingleValue("n", """{"$type":"Integer","_value":"2"}"""))
            .Respond(Empty("FB:committed"));
        var client = TestClients.Create(server);

        var sum = await client.ExecuteWriteAsync(async (tx, ct) =>
        {
            var first = await tx.RunAsync(new CypherStatement("CREATE (n:A) RETURN 1 AS n"), ct);
            var second = await tx.RunAsync(new CypherStatement("CREATE (n:B) RETURN 2 AS n"), ct);
            return first.Single().Get<long>("n") + second.Single().Get<long>("n");
        });

        Assert.Equal(3, sum);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("CREATE (n:A) RETURN 1 AS n", server.Requests[0].Json.GetProperty("statement").GetString());
        Assert.Equal("Write", server.Requests[0].Json.GetProperty("accessMode").GetString());
        Assert.Equal("CREATE (n:B) RETURN 2 AS n", server.Requests[1].Json.GetProperty("statement").GetString());
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Header("neo4j-cluster-affinity")));
        Assert.Equal(["FB:committed"], client.Bookmarks);
    }

    [Fact]
    public async Task ExecuteWriteAsync_rolls_back_when_the_work_fails_and_lets_the_failure_through()
    {
        var server = new FakeNeo4jServer().Respond(InTransaction("tx1")).Respond(Empty());
        var client = TestClients.Create(server);

        await Assert.ThrowsAsync<ValidationException>(() => client.ExecuteWriteAsync<int>(async (tx, ct) =>
        {
            await tx.RunAsync(new CypherStatement("CREATE (:A)"), ct);
            throw new ValidationException("x", "BAD", "rejected by the work");
        }));

        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/tx1"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task ExecuteWriteAsync_runs_the_whole_unit_again_after_a_transient_failure()
    {
        var time = new RecordingTimeProvider();
        var server = new FakeNeo4jServer()
            .Respond(InTransaction("first"))
            .Respond(Error("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"))
            .Respond(Empty())
            .Respond(InTransaction("second"))
            .Respond(Empty())
            .Respond(Empty("FB:done"));
        var client = TestClients.Create(server, time: time);
        var attempts = 0;

        await client.ExecuteWriteAsync(async (tx, ct) =>
        {
            attempts++;
            await tx.RunAsync(new CypherStatement("CREATE (:A)"), ct);
            await tx.RunAsync(new CypherStatement("CREATE (:B)"), ct);
            return 0;
        });

        Assert.Equal(2, attempts);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/first", "DELETE /db/neo4j/query/v2/tx/first", "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/second", "POST /db/neo4j/query/v2/tx/second/commit"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal([TimeSpan.FromMilliseconds(200)], time.Delays);
    }

    /// <summary>A server that opens transaction t1, applies its commit when <paramref name="applies"/>, and then drops the answer.</summary>
    private static FakeNeo4jServer DroppingTheCommitAnswer(bool applies, Action<bool> committed) =>
        new FakeNeo4jServer().Respond(request =>
        {
            if (request.Path.EndsWith("/commit", StringComparison.Ordinal))
            {
                committed(applies);
                throw new HttpRequestException("The response ended prematurely.");
            }

            var body = request.Method == HttpMethod.Delete ? Error(Neo4jErrorMapper.InvalidRequestCode, "Transaction not found")
                : request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal) ? InTransaction("t1")
                : Empty("FB:checked");
            return new HttpResponseMessage(request.Method == HttpMethod.Delete ? System.Net.HttpStatusCode.NotFound : System.Net.HttpStatusCode.Accepted)
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/vnd.neo4j.query"),
            };
        });

    [Fact]
    public async Task A_commit_whose_answer_is_lost_is_checked_and_not_run_again_when_it_landed()
    {
        var landed = false;
        var server = DroppingTheCommitAnswer(applies: true, c => landed = c);
        var client = TestClients.Create(server);
        var runs = 0;

        var value = await client.ExecuteWriteAsync(
            async (tx, ct) =>
            {
                runs++;
                await tx.RunAsync(new CypherStatement("CREATE (:A)"), ct);
                return 42;
            },
            (v, ct) => Task.FromResult(v == 42 && landed));

        Assert.Equal(42, value);
        Assert.Equal(1, runs);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/t1/commit", "DELETE /db/neo4j/query/v2/tx/t1"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_commit_whose_answer_is_lost_runs_the_unit_again_when_it_did_not_land()
    {
        var server = DroppingTheCommitAnswer(applies: false, _ => { });
        var client = TestClients.Create(server, TestClients.Options(o => o.MaxRetries = 1));
        var runs = 0;

        await Assert.ThrowsAsync<StoreUnavailableException>(() => client.ExecuteWriteAsync(
            async (tx, ct) =>
            {
                runs++;
                await tx.RunAsync(new CypherStatement("CREATE (:A)"), ct);
                return 0;
            },
            (_, _) => Task.FromResult(false)));

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task A_commit_whose_answer_is_lost_is_not_run_again_blindly_without_a_landing_check()
    {
        var server = DroppingTheCommitAnswer(applies: true, _ => { });
        var client = TestClients.Create(server);
        var runs = 0;

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.ExecuteWriteAsync(async (tx, ct) =>
        {
            runs++;
            await tx.RunAsync(new CypherStatement("CREATE (:A)"), ct);
            return 0;
        }));

        Assert.Equal(1, runs);
        Assert.Contains("may or may not have been committed", error.Message);
    }

    [Fact]
    public async Task Opening_statement_carries_the_bookmarks_of_the_latest_write()
    {
        var server = new FakeNeo4jServer().Respond(Empty("FB:write")).Respond(InTransaction("t"));
        var client = TestClients.Create(server);
        await client.RunAsync(new CypherStatement("CREATE (:A)"), AccessMode.Write);

        await using var transaction = client.BeginTransaction(AccessMode.Read);
        await transaction.RunAsync(new CypherStatement("MATCH (n) RETURN n"));

        Assert.Equal(["FB:write"], server.Requests[1].Json.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("Read", server.Requests[1].Json.GetProperty("accessMode").GetString());
        Assert.Equal("t", transaction.Id);
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back_once()
    {
        var server = new FakeNeo4jServer().Respond(InTransaction("t")).Respond(Empty());
        var client = TestClients.Create(server);

        var transaction = client.BeginTransaction(AccessMode.Write);
        await transaction.RunAsync(new CypherStatement("CREATE (:A)"));
        await transaction.RollbackAsync();
        await transaction.DisposeAsync();

        Assert.Equal(["POST /db/neo4j/query/v2/tx", "DELETE /db/neo4j/query/v2/tx/t"], server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_transaction_that_ran_nothing_commits_without_a_request()
    {
        var server = new FakeNeo4jServer();
        var client = TestClients.Create(server);

        var value = await client.ExecuteWriteAsync((_, _) => Task.FromResult(42));

        Assert.Equal(42, value);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_server_answer_without_a_transaction_id_is_an_error()
    {
        var server = new FakeNeo4jServer().Respond(Empty());
        var client = TestClients.Create(server);
        await using var transaction = client.BeginTransaction(AccessMode.Write);

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => transaction.RunAsync(new CypherStatement("CREATE (:A)")));

        Assert.Contains("no transaction id", error.Message);
    }
}
