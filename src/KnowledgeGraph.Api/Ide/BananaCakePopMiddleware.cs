using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Ide;

/// <summary>
/// Serves Banana Cake Pop to a browser: a GET on the endpoint that prefers <c>text/html</c> and carries no
/// <c>query</c> gets the IDE's page (with a base address so its assets load from under the endpoint);
/// <c>bcp-config.json</c> under the endpoint points the IDE at this endpoint and gives new documents the
/// <see cref="StarterDocument"/>. Everything else passes on.
/// </summary>
public sealed class BananaCakePopMiddleware(RequestDelegate next, BananaCakePopFiles files, IOptions<GraphQLSettings> settings)
{
    public const string ConfigFile = "bcp-config.json";

    public async Task InvokeAsync(HttpContext context)
    {
        if (settings.Value.EnableIde && files.IsAvailable && HttpMethods.IsGet(context.Request.Method)
            && !context.Request.Query.ContainsKey("query") && PrefersHtml(context.Request.Headers.Accept.ToString()))
        {
            await files.WriteIndexAsync(context, $"{context.Request.PathBase}/");
            return;
        }

        await next(context);
    }

    /// <summary>Answers <c>bcp-config.json</c> requests below the endpoint; returns false for any other path.</summary>
    public static async Task<bool> TryWriteConfigAsync(HttpContext context, GraphQLSettings settings)
    {
        if (!settings.EnableIde || !HttpMethods.IsGet(context.Request.Method)
            || !context.Request.Path.Equals("/" + ConfigFile, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var endpoint = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var config = new Dictionary<string, object?>
        {
            ["endpoint"] = endpoint,
            ["useBrowserUrlAsEndpoint"] = true,
            ["title"] = "KnowledgeGraph",
            ["includeCookies"] = false,
            ["useGet"] = false,
            ["disableTelemetry"] = true,
            ["graphQLDocument"] = StarterDocument.Text,
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.WriteAsync(JsonSerializer.Serialize(config), Encoding.UTF8, context.RequestAborted);
        return true;
    }

    internal static bool PrefersHtml(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var values))
        {
            return false;
        }

        var html = values.Where(v => string.Equals(v.MediaType.Value, MediaTypes.Html, StringComparison.OrdinalIgnoreCase))
            .Select(v => v.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = values.Where(v => v.MediaType.Value is MediaTypes.Json or MediaTypes.GraphQLResponse)
            .Select(v => v.Quality ?? 1).DefaultIfEmpty(0).Max();
        return html > 0 && html >= json;
    }
}
