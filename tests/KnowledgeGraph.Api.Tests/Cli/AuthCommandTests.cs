using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.Api.Cli;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace KnowledgeGraph.Api.Tests.Cli;

/// <summary><c>dev-token</c> mints tokens the service accepts; <c>api-key</c> prints a key once with its hashed entry.</summary>
public sealed partial class AuthCommandTests
{
    [Fact]
    public async Task Dev_token_without_a_signing_key_exits_1_and_says_how_to_set_one()
    {
        var (code, output, error) = await RunAsync("dev-token", "--name", "alice", "--role", "editor", "--Authentication:Jwt:SigningKey=");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Authentication__Jwt__SigningKey", error, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 48", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_token_is_accepted_by_the_service_with_the_same_key()
    {
        var (code, output, _) = await RunAsync(
            "dev-token", "--name", "alice", "--role", "reader,editor", "--hours", "2", $"--Authentication:Jwt:SigningKey={TestCredentials.SigningKey}");
        var token = output.Trim();
        using var factory = new TransportFactory(TestCredentials.Settings());
        var client = factory.CreateClient();

        var response = await client.SendAsync(GraphQLHttp.PostQuery("mutation { shout(text: \"ok\") }").WithBearer(token));

        Assert.Equal(0, code);
        var jwt = new JsonWebToken(token);
        Assert.Equal("alice", jwt.Subject);
        Assert.InRange(jwt.ValidTo - jwt.ValidFrom, TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(2) + TimeSpan.FromSeconds(1));
        Assert.Equal("OK", (await GraphQLHttp.ReadJsonAsync(response)).GetProperty("data").GetProperty("shout").GetString());
    }

    [Theory]
    [InlineData("--role", "editor")]
    [InlineData("--name", "alice")]
    [InlineData("--name", "alice", "--role", "admin")]
    [InlineData("--name", "alice", "--role", "editor", "--hours", "0")]
    public async Task Dev_token_with_bad_arguments_exits_1(params string[] arguments)
    {
        var (code, output, error) = await RunAsync(["dev-token", .. arguments, $"--Authentication:Jwt:SigningKey={TestCredentials.SigningKey}"]);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public async Task Api_key_prints_a_fresh_key_and_the_entry_holding_its_hash()
    {
        var (code, first, _) = await RunAsync("api-key", "--name", "bot", "--role", "editor", "--index", "2");
        var (_, second, _) = await RunAsync("api-key", "--name", "bot", "--role", "editor");

        Assert.Equal(0, code);
        var key = KeyPattern().Match(first).Value;
        Assert.NotEqual(string.Empty, key);
        Assert.NotEqual(key, KeyPattern().Match(second).Value);
        Assert.Contains($"\"Hash\": \"{ApiKeyHash.Of(key)}\"", first, StringComparison.Ordinal);
        Assert.Contains($"Authentication__ApiKeys__2__Hash={ApiKeyHash.Of(key)}", first, StringComparison.Ordinal);
        Assert.Contains("Authentication__ApiKeys__2__Roles__0=editor", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_key_without_a_role_exits_1()
    {
        var (code, output, error) = await RunAsync("api-key", "--name", "bot");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--role is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Usage_lists_both_commands()
    {
        var (_, output, _) = await RunAsync("help");

        Assert.Contains("dev-token --name", output, StringComparison.Ordinal);
        Assert.Contains("api-key --name", output, StringComparison.Ordinal);
    }

    [GeneratedRegex("kg_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
