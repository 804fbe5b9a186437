using KnowledgeGraph.Storage.Neo4j.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Infrastructure;

public static class TestClients
{
    public static Neo4jOptions Options(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = "http://127.0.0.1:7474",
            Database = "neo4j",
            Username = "neo4j",
            Password = "verysecret",
            MaxRetries = 3,
            RetryBaseDelay = TimeSpan.FromMilliseconds(200),
            RetryMaxDelay = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jQueryClient Create(FakeNeo4jServer server, Neo4jOptions? options = null, TimeProvider? time = null) =>
        new(new SingleHttpClientFactory(server), Microsoft.Extensions.Options.Options.Create(options ?? Options()),
            time ?? new RecordingTimeProvider(), NullLogger<Neo4jQueryClient>.Instance);
}
