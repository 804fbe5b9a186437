using System.Security.Claims;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Runs a document through the application's request pipeline (limits and cost) without executing it.</summary>
public static class PipelinePreparation
{
    public static ValueTask<(PreparedRequest? Prepared, RequestRefusal? Refusal)> PrepareAsync(this ApiFactory factory, string document) =>
        factory.Services.GetRequiredService<GraphQLRequestPipeline>().PrepareAsync(
            new GraphQLHttpRequest(document, null, null, null), new ClaimsPrincipal(), "test", queriesOnly: false, CancellationToken.None);
}
