using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Reads an <c>application/problem+json</c> answer (RFC 9457) as the export and edge errors write it.</summary>
public static class JsonProblem
{
    /// <summary>Asserts the status, the media type and the <c>code</c>; returns the <c>detail</c>.</summary>
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        return json.RootElement.GetProperty("detail").GetString()!;
    }
}
