namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

/// <summary>Hands out clients over one handler, as the real factory does over its pooled handlers.</summary>
public sealed class SingleHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
