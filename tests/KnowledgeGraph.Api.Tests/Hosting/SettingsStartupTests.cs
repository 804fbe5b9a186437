using KnowledgeGraph.Api.Tests.Cli;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>
/// Every configuration section is bound by its name and validated on start: one bad value per section stops the start
/// with a message naming the key and the rule it breaks.
/// </summary>
public sealed class SettingsStartupTests() : CommandLineWorkspace("settings")
{
    /// <summary>Section, a key in it, a value it refuses, and words of the rule the message must give.</summary>
    public static TheoryData<string, string, string, string> BadValues { get; } = new()
    {
        { "Storage", "Storage:Provider", "Oracle", "must be one of Sqlite, Neo4j" },
        { "Storage:Sqlite", "Storage:Sqlite:BusyTimeoutMilliseconds", "-1", "must not be negative" },
        { "Storage:Sqlite", "Storage:Sqlite:Path", " ", "must name the database file" },
        { "Storage:Sqlite:Traversal", "Storage:Sqlite:Traversal:Adjacency", "Sideways", "SqliteAdjacencyMode" },
        { "Caching", "Caching:LocalExpiration", "00:20:00", "at most Caching:Expiration" },
        { "Caching", "Caching:Enabled", "sometimes", "Boolean" },
        { "Seed", "Seed:Path", "/nonexistent/seed", "not a directory" },
        { "GraphQL (schema)", "GraphQL:MaxPageSize", "0", "must be at least 1" },
        { "GraphQL (endpoint)", "GraphQL:EnableIde", "perhaps", "Boolean" },
        { "GraphQL:Limits", "GraphQL:Limits:MaxDepth", "0", "at least" },
        { "GraphQL:RateLimit", "GraphQL:RateLimit:PermitLimit", "0", "at least" },
        { "GraphQL:PersistedQueries", "GraphQL:PersistedQueries:MaxClientShare", "2", "must be above 0 and at most 1" },
        { "GraphQL:ResponseCache", "GraphQL:ResponseCache:MaxEntries", "0", "must be at least 1" },
        { "GraphQL:WebSockets", "GraphQL:WebSockets:MaxMessageBytes", "10", "must be at least 1024" },
        { "Traversal", "Traversal:MaxConnectEntities", "1", "must be at least 2" },
        { "Cors", "Cors:AllowedOrigins:0", "not an origin", "must be an absolute origin" },
        { "ForwardedHeaders", "ForwardedHeaders:KnownProxies:0", "not-an-address", "must be an IP address" },
        { "Authentication", "Authentication:Jwt:Authority", "not a url", "must be an absolute http(s) URL" },
        { "OpenTelemetry", "OpenTelemetry:OtlpEndpoint", "not a uri", "must be an absolute URI" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_in_any_section_stops_the_start_naming_the_key_and_the_rule(string section, string key, string value, string rule)
    {
        var overrides = new Dictionary<string, string?> { [key] = value };
        if (key == "Seed:Path")
        {
            overrides["Seed:LoadOnStartup"] = "true";
        }

        var failure = (await StartupFailure.OfAsync(overrides)).ToString();

        Assert.True(failure.Contains(key, StringComparison.Ordinal), $"{section}: the failure does not name {key}:\n{failure}");
        Assert.True(failure.Contains(rule, StringComparison.Ordinal), $"{section}: the failure does not say '{rule}':\n{failure}");
    }

    [Fact]
    public async Task A_bad_value_in_the_neo4j_section_stops_the_start_naming_the_key_and_the_rule()
    {
        var failure = (await StartupFailure.OfAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Neo4j",
            ["Storage:Neo4j:Uri"] = "http://127.0.0.1:7474",
            ["Storage:Neo4j:BatchSize"] = "0",
        })).ToString();

        Assert.Contains("Storage:Neo4j:BatchSize must be between 1 and 10000", failure);
    }

    [Fact]
    public void Every_settings_class_is_covered_by_a_bad_value()
    {
        var settings = typeof(Program).Assembly.GetReferencedAssemblies()
            .Select(System.Reflection.Assembly.Load)
            .Append(typeof(Program).Assembly)
            .Where(a => a.GetName().Name!.StartsWith("KnowledgeGraph.", StringComparison.Ordinal))
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && typeof(KnowledgeGraph.Configuration.ISettings).IsAssignableFrom(t))
            .Select(t => t.Name)
            .Order()
            .ToList();

        // The classes the table above stands for; a new settings class must add its section there and here.
        string[] covered =
        [
            "AuthenticationSettings", "CorsSettings", "ForwardedHeadersSettings", "GraphCachingOptions", "GraphQLLimitSettings",
            "GraphQLSchemaOptions", "GraphQLSettings", "GraphQLWebSocketSettings", "Neo4jOptions", "PersistedQuerySettings",
            "RateLimitSettings", "ResponseCacheSettings", "SeedSettings", "SqliteStoreOptions", "StorageSettings",
            "TelemetrySettings", "TraversalOptions",
        ];
        Assert.Equal(covered.Order(), settings);
    }

    [Theory]
    [InlineData("--Storage:Provider=Oracle", "Storage:Provider must be one of Sqlite, Neo4j (was 'Oracle')")]
    [InlineData("--Storage:Sqlite:CacheSizeKibibytes=-5", "Storage:Sqlite:CacheSizeKibibytes must not be negative")]
    public async Task A_command_with_a_bad_storage_setting_exits_1_naming_the_key_before_opening_any_store(string setting, string message)
    {
        // An unknown provider used to fall back to SQLite silently; now the commands refuse it as the service does.
        var (code, _, error) = await RunAsync("export", "--output", Path.Combine(Folder, "graph.json"), setting, StoreArgument(FirstDatabase));

        Assert.Equal(1, code);
        Assert.Contains(message, error);
        Assert.False(File.Exists(FirstDatabase));
    }
}
