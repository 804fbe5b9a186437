using System.Net;
using System.Text.Json;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// Identical reads arriving together share one execution through the response cache; the execution belongs to none
/// of them, so the first caller disconnecting neither fails the requests that joined it nor stops the execution.
/// </summary>
public sealed class ResponseCacheStampedeTests : IDisposable
{
    private readonly TransportFactory factory = new();

    [Fact]
    public async Task A_disconnecting_first_caller_never_fails_the_requests_that_joined_it()
    {
        var gateName = "stampede-" + Guid.NewGuid().ToString("N");
        var gate = TestGates.Get(gateName);
        var query = $"{{ gate(name: \"{gateName}\") }}";
        using var client = factory.CreateClient();

        using var firstCaller = new CancellationTokenSource();
        var first = client.SendAsync(PostQuery(query), firstCaller.Token);
        await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        var joined = Enumerable.Range(0, 4).Select(_ => client.SendAsync(PostQuery(query))).ToList();
        // The joined requests must reach the cache while the first one still waits at the gate; they have no other
        // way in than through it, so give them the time a request takes to get there before the first caller leaves.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        await firstCaller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        gate.Release();

        foreach (var response in await Task.WhenAll(joined))
        {
            var body = await ReadJsonAsync(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("open", body.GetProperty("data").GetProperty("gate").GetString());
        }

        Assert.Equal(1, gate.Entries);
    }

    [Fact]
    public async Task A_shared_execution_past_the_timeout_answers_TIMEOUT_to_every_caller()
    {
        using var slowFactory = new TransportFactory(new Dictionary<string, string?> { ["GraphQL:Limits:ExecutionTimeoutSeconds"] = "0.3" });
        var gateName = "timeout-" + Guid.NewGuid().ToString("N");
        var query = $"{{ gate(name: \"{gateName}\") }}";
        using var client = slowFactory.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SendAsync(PostQuery(query))));

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(EdgeErrorCodes.Timeout, FirstErrorCode(await ReadJsonAsync(response)));
        }

        TestGates.Get(gateName).Release();
    }

    public void Dispose() => factory.Dispose();
}
