using System.Net;
using KnowledgeGraph.Domain.Errors;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;
using Xunit;
using static KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure.QueryApiResponses;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Client;

public sealed class Neo4jQueryClientRetryTests
{
    [Fact]
    public async Task Transient_error_is_retried_after_a_backoff_and_then_succeeds()
    {
        var time = new RecordingTimeProvider();
        var server = new FakeNeo4jServer()
            .Respond(Error("Neo.TransientError.Transaction.DeadlockDetected", "Deadlock"))
            .Respond(SingleValue("n", """{"$type":"Integer","_value":"1"}"""));
        var client = TestClients.Create(server, time: time);

        var result = await client.RunAsync(new CypherStatement("RETURN 1 AS n"), AccessMode.Write);

        Assert.Equal(1L, result.Single().Get<long>("n"));
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(200)], time.Delays);
    }

    [Fact]
    public async Task Persistent_transient_errors_are_retried_a_bounded_number_of_times_with_doubling_delays_then_reported_unavailable()
    {
        var time = new RecordingTimeProvider();
        var server = new FakeNeo4jServer().Respond(Error("Neo.TransientError.General.DatabaseUnavailable", "Database is unavailable"));
        var client = TestClients.Create(server, TestClients.Options(o => o.MaxRetries = 3), time);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(4, server.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800)], time.Delays);
        Assert.Contains("Neo.TransientError.General.DatabaseUnavailable", error.Message);
        Assert.Equal(DomainErrorCodes.StoreUnavailable, error.Code);
    }

    [Fact]
    public async Task Retry_delays_are_capped()
    {
        var client = TestClients.Create(new FakeNeo4jServer(), TestClients.Options(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromSeconds(1);
            o.RetryMaxDelay = TimeSpan.FromSeconds(3);
        }));

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3)], Enumerable.Range(0, 4).Select(client.RetryDelay));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Unavailable_http_statuses_are_retried(HttpStatusCode status)
    {
        var server = new FakeNeo4jServer().RespondWithStatus(status).Respond(Empty());
        var client = TestClients.Create(server);

        await client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read);

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Connection_failures_are_retried_then_reported_unavailable()
    {
        var server = new FakeNeo4jServer().FailConnection();
        var client = TestClients.Create(server, TestClients.Options(o => o.MaxRetries = 2));

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(3, server.Requests.Count);
        Assert.Contains("could not be reached", error.Message);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried_as_transient()
    {
        var time = new RecordingTimeProvider(neverFireFrom: TimeSpan.FromHours(1));
        var server = new FakeNeo4jServer().Respond(_ => throw new TaskCanceledException("The request was canceled."));
        var client = TestClients.Create(server, TestClients.Options(o => o.MaxRetries = 1), time);

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read));

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("did not answer", error.Message);
    }

    [Fact]
    public async Task With_no_retries_allowed_a_transient_error_is_reported_at_once()
    {
        var time = new RecordingTimeProvider();
        var server = new FakeNeo4jServer().RespondWithStatus(HttpStatusCode.ServiceUnavailable);
        var client = TestClients.Create(server, TestClients.Options(o => o.MaxRetries = 0), time);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read));

        Assert.Single(server.Requests);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_retried()
    {
        using var cancellation = new CancellationTokenSource();
        var server = new FakeNeo4jServer().Respond(_ =>
        {
            cancellation.Cancel();
            throw new TaskCanceledException();
        });
        var client = TestClients.Create(server);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RunAsync(new CypherStatement("RETURN 1"), AccessMode.Read, cancellation.Token));

        Assert.Single(server.Requests);
    }
}
