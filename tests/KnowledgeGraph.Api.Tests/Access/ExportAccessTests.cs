using System.Net;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.GraphQL.Authorization;

namespace KnowledgeGraph.Api.Tests.Access;

/// <summary>
/// The HTTP exports are reads: with <c>Authentication:PublicReads</c> off they need a reader or an editor, exactly like
/// a GraphQL query, and say why as a JSON problem with the same error codes.
/// </summary>
public sealed class ExportAccessTests(PrivateReadsFixture fixture) : IClassFixture<PrivateReadsFixture>
{
    private const string Url = "/export/neighborhood?id=khorgos-gateway-dry-port&format=json";

    [Fact]
    public async Task An_anonymous_export_is_401_with_a_challenge()
    {
        var response = await fixture.Factory.CreateClient().GetAsync(Url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(AccessErrorCodes.NotAuthenticated, await CodeAsync(response));
    }

    [Fact]
    public async Task An_export_with_a_refused_token_is_401_invalid_token()
    {
        var response = await fixture.Factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, Url).WithBearer(TestCredentials.ForgedEditorToken()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_by_a_caller_without_a_read_role_is_403()
    {
        var response = await fixture.Factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, Url).WithBearer(TestCredentials.Token("nobody")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AccessErrorCodes.NotAuthorized, await CodeAsync(response));
    }

    [Theory]
    [InlineData("reader")]
    [InlineData("editor")]
    public async Task A_reader_or_editor_downloads_the_export(string role)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url);
        if (role == "reader")
        {
            request.WithApiKey(TestCredentials.ReaderApiKey);
        }
        else
        {
            request.WithBearer(TestCredentials.EditorToken());
        }

        var response = await fixture.Factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("code").GetString();
    }
}
