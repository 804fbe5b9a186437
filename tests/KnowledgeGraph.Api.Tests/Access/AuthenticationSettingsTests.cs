using System.Net;
using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.GraphQL.Authorization;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Access;

/// <summary>The <c>Authentication</c> section is checked at start, with messages naming the key to fix.</summary>
public sealed class AuthenticationSettingsTests : IDisposable
{
    private readonly string keysFile = Path.Combine(Path.GetTempPath(), $"kg-api-keys-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task With_nothing_configured_the_service_starts_reads_are_public_and_tokens_are_refused()
    {
        using var factory = new TransportFactory();
        var client = factory.CreateClient();

        var query = await client.SendAsync(PostQuery("{ hello }"));
        var mutation = await client.SendAsync(PostQuery("mutation { shout(text: \"x\") }").WithBearer(TestCredentials.EditorToken()));

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        var body = await MutationAccessTests.AssertRefusedAsync(mutation, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
        Assert.Contains("Authentication:Jwt has neither SigningKey nor Authority", FirstErrorMessage(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authentication:Jwt:SigningKey", "too-short", "Authentication:Jwt:SigningKey is 9 bytes")]
    [InlineData("Authentication:Jwt:Authority", "https://login.example.test/", "Authentication:Jwt: set either SigningKey")]
    [InlineData("Authentication:ApiKeys:0:Hash", "md5:abc", "Authentication:ApiKeys:0:Hash must be 'sha256:'")]
    [InlineData("Authentication:ApiKeys:0:Roles:0", "admin", "Authentication:ApiKeys:0:Roles: 'admin' is not a role")]
    [InlineData("Authentication:ApiKeysFile", "/nonexistent/kg-keys.json", "Authentication:ApiKeysFile: the file '/nonexistent/kg-keys.json' does not exist")]
    public async Task Invalid_settings_stop_the_start_with_a_message_naming_the_key(string key, string value, string message)
    {
        var exception = await StartupFailure.OfAsync(TestCredentials.Settings(more: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(message, exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authority_needs_an_audience()
    {
        var exception = await StartupFailure.OfAsync(new Dictionary<string, string?> { ["Authentication:Jwt:Authority"] = "https://login.example.test/" });

        Assert.Contains("Authentication:Jwt:Audience is required", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_from_the_api_keys_file_authenticate()
    {
        const string key = "kg_file-editor-key-9Xc3vB7nM2qL5wR8tY1pK4sD6fG0hJ";
        await File.WriteAllTextAsync(keysFile, $$"""[ { "Name": "file-bot", "Hash": "{{ApiKeyHash.Of(key)}}", "Roles": [ "editor" ] } ]""");
        using var factory = new TransportFactory(new Dictionary<string, string?> { ["Authentication:ApiKeysFile"] = keysFile });

        var response = await factory.CreateClient().SendAsync(PostQuery("mutation { shout(text: \"x\") }").WithApiKey(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("X", (await ReadJsonAsync(response)).GetProperty("data").GetProperty("shout").GetString());
    }

    [Fact]
    public async Task A_malformed_api_keys_file_stops_the_start()
    {
        await File.WriteAllTextAsync(keysFile, """{ "Name": "not-an-array" }""");

        var exception = await StartupFailure.OfAsync(new Dictionary<string, string?> { ["Authentication:ApiKeysFile"] = keysFile });

        Assert.Contains("is not a JSON array", exception.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(keysFile);
}
