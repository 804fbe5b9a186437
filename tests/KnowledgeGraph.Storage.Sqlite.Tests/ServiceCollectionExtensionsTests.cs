using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.Storage.Sqlite.Traversal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class ServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task AddSqliteGraphStore_binds_the_path_and_registers_one_store_as_itself_and_as_the_store_and_history_ports()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = _database.Options.Path })
            .Build();
        await using var provider = new ServiceCollection().AddSqliteGraphStore(configuration).BuildServiceProvider();

        var port = provider.GetRequiredService<IGraphStore>();
        var store = provider.GetRequiredService<SqliteGraphStore>();
        await port.InitializeAsync();

        Assert.Same(store, port);
        Assert.Same(store, provider.GetRequiredService<IChangeHistory>());
        Assert.Same(provider.GetRequiredService<SqliteConnectionFactory>(), store.Connections);
        Assert.Equal(_database.FilePath, store.Connections.FilePath);
        Assert.True(File.Exists(_database.FilePath));
    }

    [Fact]
    public void An_incremental_limit_that_is_not_positive_is_refused_naming_its_key()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Sqlite:Traversal:IncrementalMaxChanges"] = "0" })
            .Build();
        using var provider = new ServiceCollection().AddSqliteGraphStore(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteTraversalOptions>>().Value);

        Assert.Contains("Storage:Sqlite:Traversal:IncrementalMaxChanges must be positive (it is 0).", error.Failures);
    }

    [Fact]
    public void AddSqliteGraphStore_defaults_the_path_when_the_section_is_absent()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var provider = new ServiceCollection().AddSqliteGraphStore(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value;

        Assert.Equal("data/knowledgegraph.db", options.Path);
    }

    [Theory]
    [InlineData("Storage:Sqlite:Path", " ", "must name the database file")]
    [InlineData("Storage:Sqlite:BusyTimeoutMilliseconds", "-1", "must not be negative")]
    public void AddSqliteGraphStore_refuses_a_bad_setting_naming_the_key_before_any_connection(string key, string value, string rule)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        using var provider = new ServiceCollection().AddSqliteGraphStore(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<SqliteConnectionFactory>());

        Assert.Contains($"{key} {rule}", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();
}
