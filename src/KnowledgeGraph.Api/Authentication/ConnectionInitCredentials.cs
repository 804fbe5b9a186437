using System.Text.Json;
using Microsoft.AspNetCore.Authentication;

namespace KnowledgeGraph.Api.Authentication;

/// <summary>
/// Browsers cannot set headers on a WebSocket upgrade, so graphql-ws clients send credentials in the
/// <c>connection_init</c> payload instead (<c>connectionParams</c>): <c>{ "Authorization": "Bearer &lt;jwt&gt;" }</c>
/// or <c>{ "X-Api-Key": "&lt;key&gt;" }</c>, names in any case. They are checked by the same schemes as HTTP headers.
/// </summary>
public static class ConnectionInitCredentials
{
    private static readonly string[] HeaderNames = ["Authorization", CredentialSchemes.ApiKeyHeader];

    /// <summary>The credential headers the payload carries; none when it is absent or not an object of strings.</summary>
    public static Dictionary<string, string> Read(object? payload)
    {
        IEnumerable<KeyValuePair<string, string?>> fields = payload switch
        {
            JsonElement { ValueKind: JsonValueKind.Object } element => element.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .Select(p => KeyValuePair.Create(p.Name, p.Value.GetString())),
            IDictionary<string, object?> dictionary => dictionary.Select(p => KeyValuePair.Create(p.Key, p.Value as string)),
            _ => [],
        };

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in fields)
        {
            if (value is not null && HeaderNames.FirstOrDefault(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) is { } header)
            {
                headers[header] = value;
            }
        }

        return headers;
    }

    /// <summary>
    /// Authenticates <paramref name="headers"/> as if they had come with the upgrade request, in a scope of their own
    /// (authentication handlers are cached per request scope and bound to their request).
    /// </summary>
    public static async Task<AuthenticateResult> AuthenticateAsync(HttpContext upgrade, IReadOnlyDictionary<string, string> headers)
    {
        await using var scope = upgrade.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        foreach (var (name, value) in headers)
        {
            probe.Request.Headers[name] = value;
        }

        AuthenticateResult result;
        try
        {
            result = await probe.AuthenticateAsync(CredentialSchemes.Default);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return AuthenticateResult.Fail(CredentialsMiddleware.CheckFailedMessage);
        }

        return result.Succeeded || result.Failure is not null
            ? result
            : AuthenticateResult.Fail("The connection_init payload carries no usable credentials (Authorization: Bearer <jwt>, or X-Api-Key).");
    }
}
