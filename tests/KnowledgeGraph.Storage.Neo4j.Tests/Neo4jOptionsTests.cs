using KnowledgeGraph.Storage.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

public sealed class Neo4jOptionsTests
{
    [Fact]
    public void Validate_names_the_missing_uri_key()
    {
        var problems = new Neo4jOptions().Validate(Neo4jOptions.SectionName);

        Assert.Contains(problems, p => p.Contains("Storage:Neo4j:Uri", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("localhost:7474")]
    public void Validate_rejects_addresses_that_are_not_http(string uri)
    {
        var problems = new Neo4jOptions { Uri = uri }.Validate(Neo4jOptions.SectionName);

        Assert.Contains(problems, p => p.Contains("http or https", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_wants_user_and_password_together_and_not_with_a_token()
    {
        var userOnly = new Neo4jOptions { Uri = "http://127.0.0.1:7474", Username = "neo4j" }.Validate(Neo4jOptions.SectionName);
        var both = new Neo4jOptions { Uri = "http://127.0.0.1:7474", Username = "neo4j", Password = "x", BearerToken = "t" }.Validate(Neo4jOptions.SectionName);

        Assert.Contains(userOnly, p => p.Contains("must be set together", StringComparison.Ordinal));
        Assert.Contains(both, p => p.Contains("not both", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_accepts_an_aura_style_https_address_with_credentials()
    {
        var problems = new Neo4jOptions { Uri = "https://abcd1234.databases.neo4j.io", Username = "neo4j", Password = "secret" }.Validate(Neo4jOptions.SectionName);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    public void Validate_wants_a_positive_transaction_keep_alive(string interval)
    {
        var problems = new Neo4jOptions { Uri = "http://127.0.0.1:7474", TransactionKeepAlive = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) }
            .Validate(Neo4jOptions.SectionName);

        Assert.Equal(["Storage:Neo4j:TransactionKeepAlive must be positive."], problems);
    }

    [Fact]
    public void Client_from_the_container_refuses_invalid_options_naming_each_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Neo4j:MaxRetries"] = "99" }).Build();
        var services = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<Neo4jQueryClient>());

        Assert.Contains("Storage:Neo4j:Uri", error.Message);
        Assert.Contains("Storage:Neo4j:MaxRetries", error.Message);
    }

    [Fact]
    public void AddNeo4jGraphStore_binds_the_section_and_registers_the_store_history_and_traversal_ports()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Neo4j:Uri"] = "http://127.0.0.1:7474",
            ["Storage:Neo4j:Database"] = "graph",
            ["Storage:Neo4j:Username"] = "neo4j",
            ["Storage:Neo4j:Password"] = "secret",
            ["Storage:Neo4j:MaxRetries"] = "5",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal("graph", options.Database);
        Assert.Equal(5, options.MaxRetries);
        Assert.IsType<Neo4jGraphStore>(services.GetRequiredService<KnowledgeGraph.Domain.Ports.IGraphStore>());
        Assert.IsType<Neo4jGraphTraversal>(services.GetRequiredService<KnowledgeGraph.Domain.Ports.IGraphTraversal>());
        Assert.Same(services.GetRequiredService<KnowledgeGraph.Domain.Ports.IGraphStore>(), services.GetRequiredService<KnowledgeGraph.Domain.Ports.IChangeHistory>());
    }

    [Fact]
    public void AddNeo4jGraphStore_registers_the_clients_bookmarks_for_the_version_announcements_between_instances()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Neo4j:Uri"] = "http://127.0.0.1:7474" }).Build();
        var services = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();

        services.GetRequiredService<KnowledgeGraph.Domain.Ports.IGraphBookmarks>().Observe(["FB:other-instance"]);

        Assert.Equal(["FB:other-instance"], services.GetRequiredService<KnowledgeGraph.Storage.Neo4j.Client.Neo4jQueryClient>().Bookmarks);
        Assert.Equal(["FB:other-instance"], services.GetRequiredService<KnowledgeGraph.Domain.Ports.IGraphBookmarks>().Current);
    }

    [Fact]
    public void AddNeo4jGraphStore_fails_options_validation_naming_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Neo4j:Database"] = "neo4j" }).Build();
        var services = new ServiceCollection().AddLogging().AddNeo4jGraphStore(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains("Storage:Neo4j:Uri", error.Message);
    }
}
