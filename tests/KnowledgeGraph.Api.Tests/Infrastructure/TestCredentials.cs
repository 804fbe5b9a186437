using System.Net.Http.Headers;
using KnowledgeGraph.Api.Authentication;
using KnowledgeGraph.GraphQL.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// Credentials the tests configure the service with and present to it: a test-only signing key (it protects nothing
/// outside these tests), tokens for readers and editors, and one reader and one editor API key.
/// </summary>
public static class TestCredentials
{
    public const string SigningKey = "test-only-signing-key-for-knowledgegraph-api-tests-0123456789";
    public const string EditorApiKey = "kg_test-editor-key-7Qm2vX9pL4sT8wZ1cB6nF3hJ5kD0rY";
    public const string ReaderApiKey = "kg_test-reader-key-2Hf8sK4pW9xM1vQ7tL3bN6cZ0gJ5rA";

    public static JwtSettings Jwt { get; } = new() { SigningKey = SigningKey };

    /// <summary>
    /// Configuration that turns on both schemes: the test signing key and two API keys (<c>ci-editor</c>,
    /// <c>ci-reader</c>). Merge into an <see cref="ApiFactory"/>'s overrides.
    /// </summary>
    public static Dictionary<string, string?> Settings(bool publicReads = true, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Authentication:PublicReads"] = publicReads ? "true" : "false",
            ["Authentication:Jwt:SigningKey"] = SigningKey,
            ["Authentication:ApiKeys:0:Name"] = "ci-editor",
            ["Authentication:ApiKeys:0:Hash"] = ApiKeyHash.Of(EditorApiKey),
            ["Authentication:ApiKeys:0:Roles:0"] = Roles.Editor,
            ["Authentication:ApiKeys:1:Name"] = "ci-reader",
            ["Authentication:ApiKeys:1:Hash"] = ApiKeyHash.Of(ReaderApiKey),
            ["Authentication:ApiKeys:1:Roles:0"] = Roles.Reader,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public static string EditorToken(string name = "ed") => Token(name, Roles.Editor);

    public static string ReaderToken(string name = "rita") => Token(name, Roles.Reader);

    /// <summary>A token as <c>dev-token</c> mints it, valid for an hour from now unless told otherwise.</summary>
    public static string Token(string name, params string[] roles) => DevTokenIssuer.Issue(Jwt, name, roles, TimeSpan.FromHours(1));

    public static string ExpiredEditorToken() =>
        DevTokenIssuer.Issue(Jwt, "ed", [Roles.Editor], TimeSpan.FromHours(1), issuedAtUtc: DateTime.UtcNow.AddHours(-3));

    /// <summary>A well-formed editor token signed with another key.</summary>
    public static string ForgedEditorToken() =>
        DevTokenIssuer.Issue(new JwtSettings { SigningKey = "another-key-that-the-service-does-not-hold-000000" }, "mallory", [Roles.Editor], TimeSpan.FromHours(1));

    /// <summary>A token signed with the test key carrying exactly <paramref name="claims"/> (plus issuer, audience, lifetime).</summary>
    public static string TokenWithClaims(IDictionary<string, object> claims, string? audience = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Jwt.EffectiveIssuer,
            Audience = audience ?? Jwt.EffectiveAudience,
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Jwt.SigningKeyBytes()), SecurityAlgorithms.HmacSha256),
        });

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static HttpRequestMessage WithApiKey(this HttpRequestMessage request, string key)
    {
        request.Headers.Add(CredentialSchemes.ApiKeyHeader, key);
        return request;
    }
}
