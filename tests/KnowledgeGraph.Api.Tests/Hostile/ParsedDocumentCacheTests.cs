using System.Security.Claims;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Pipeline;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>Repeated documents are checked once; distinct ones cannot grow the cache past its bounds.</summary>
public sealed class ParsedDocumentCacheTests : IDisposable
{
    private readonly TransportFactory factory = new();

    private GraphQLRequestPipeline Pipeline => factory.Services.GetRequiredService<GraphQLRequestPipeline>();

    private PreparationWork Work => factory.Services.GetRequiredService<PreparationWork>();

    [Fact]
    public async Task The_same_document_is_lexed_parsed_and_measured_once()
    {
        var checkedBefore = Work.DocumentsChecked;

        for (var i = 0; i < 20; i++)
        {
            var (prepared, refusal) = await PrepareAsync("{ hello nested { hello } }", "client");
            Assert.Null(refusal);
            Assert.Equal(3, prepared!.Cost);
        }

        Assert.Equal(checkedBefore + 1, Work.DocumentsChecked);
    }

    [Fact]
    public async Task A_flood_of_distinct_documents_keeps_within_the_clients_share()
    {
        var cache = factory.Services.GetRequiredService<ParsedDocumentCache>();
        await PrepareAsync("{ hello }", "honest");

        for (var i = 0; i < 2_000; i++)
        {
            await PrepareAsync($"query Q{i} {{ hello }}", "flooder");
        }

        Assert.InRange(cache.Count, 1, (ParsedDocumentCache.MaxEntries / 4) + 1);
        var before = Work.DocumentsChecked;
        await PrepareAsync("{ hello }", "honest");
        Assert.Equal(before, Work.DocumentsChecked);
    }

    public void Dispose() => factory.Dispose();

    private ValueTask<(PreparedRequest? Prepared, RequestRefusal? Refusal)> PrepareAsync(string query, string client) =>
        Pipeline.PrepareAsync(new GraphQLHttpRequest(query, null, null, null), new ClaimsPrincipal(), client, queriesOnly: false, CancellationToken.None);
}
