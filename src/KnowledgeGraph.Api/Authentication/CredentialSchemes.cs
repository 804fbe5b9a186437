using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>The authentication schemes and the headers that carry credentials.</summary>
public static class CredentialSchemes
{
    /// <summary>Picks <see cref="Bearer"/> or <see cref="ApiKey"/> by the headers a request carries.</summary>
    public const string Default = "Credentials";

    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;

    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>The API key may also come as <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
    public const string ApiKeyAuthorizationPrefix = "ApiKey ";

    public const string BearerAuthorizationPrefix = "Bearer ";

    public static bool CarriesApiKey(HttpRequest request) =>
        request.Headers.ContainsKey(ApiKeyHeader)
        || request.Headers.Authorization.Any(v => v is not null && v.StartsWith(ApiKeyAuthorizationPrefix, StringComparison.OrdinalIgnoreCase));

    public static bool CarriesBearerToken(HttpRequest request) =>
        request.Headers.Authorization.Any(v => v is not null && v.StartsWith(BearerAuthorizationPrefix, StringComparison.OrdinalIgnoreCase));
}
