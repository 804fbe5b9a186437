using System.Diagnostics;
using System.Net;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Domain.Traversal;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Tests.Export;

/// <summary>
/// An export runs under <c>GraphQL:Limits:ExecutionTimeoutSeconds</c>: past it the client gets 503 TIMEOUT and the
/// traversal is cancelled, not left running. The traversal here never finishes on its own; it waits on the token it
/// is given and records that the token fired.
/// </summary>
public sealed class ExportTimeoutTests : IDisposable
{
    private readonly ApiFactory factory = new(new Dictionary<string, string?> { ["GraphQL:Limits:ExecutionTimeoutSeconds"] = "0.2" });
    private readonly WaitingTraversal traversal = new();
    private readonly HttpClient client;

    public ExportTimeoutTests() =>
        client = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Replace(ServiceDescriptor.Singleton<IGraphTraversal>(traversal)))).CreateClient();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/export/neighborhood?id=khorgos-gateway-dry-port&depth=2&format=graphml")]
    [InlineData("/export/paths?from=xi-jinping&to=khorgos-gateway-dry-port&format=csv")]
    public async Task An_export_past_the_execution_timeout_answers_503_TIMEOUT_and_its_traversal_is_cancelled(string url)
    {
        var response = await client.GetAsync(url);

        var detail = await JsonProblem.AssertAsync(response, HttpStatusCode.ServiceUnavailable, EdgeErrorCodes.Timeout);
        Assert.Contains("GraphQL:Limits:ExecutionTimeoutSeconds", detail);
        Assert.Equal(1, traversal.Calls);
        Assert.Equal(1, traversal.Cancellations);
    }

    private sealed class WaitingTraversal : IGraphTraversal
    {
        private int calls;
        private int cancellations;

        public int Calls => Volatile.Read(ref calls);

        public int Cancellations => Volatile.Read(ref cancellations);

        public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodSpec spec, CancellationToken cancellationToken = default) =>
            WaitForCancellationAsync<Subgraph>(cancellationToken);

        public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathSpec spec, CancellationToken cancellationToken = default) =>
            WaitForCancellationAsync<IReadOnlyList<GraphPath>>(cancellationToken);

        private async Task<T> WaitForCancellationAsync<T>(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref cancellations);
                throw;
            }

            throw new UnreachableException("An infinite wait ended without cancellation.");
        }
    }
}
