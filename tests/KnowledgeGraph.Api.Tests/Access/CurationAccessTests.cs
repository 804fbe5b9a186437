using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Entities;
using KnowledgeGraph.Domain.Ports;
using KnowledgeGraph.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Access;

/// <summary>
/// The real service with the real schema and seed: a curation mutation without credentials, with a refused token or
/// key, or from a reader is refused with a GraphQL authorization error and leaves the graph exactly as it was; an
/// editor's goes through and is recorded under the editor's name.
/// </summary>
public sealed class CurationAccessTests : IDisposable
{
    private const string Region = "kazakhstan";
    private readonly ApiFactory factory = new(TestCredentials.Settings());

    public void Dispose() => factory.Dispose();

    public static TheoryData<string, string?> RefusedCallers => new()
    {
        { "no credentials", null },
        { "malformed token", "Bearer not-a-jwt" },
        { "expired token", "Bearer " + TestCredentials.ExpiredEditorToken() },
        { "forged token", "Bearer " + TestCredentials.ForgedEditorToken() },
        { "unknown api key", "ApiKey kg_not-a-configured-key" },
        { "reader token", "Bearer " + TestCredentials.ReaderToken() },
        { "reader api key", "ApiKey " + TestCredentials.ReaderApiKey },
    };

    [Theory]
    [MemberData(nameof(RefusedCallers))]
    public async Task A_mutation_from_a_caller_who_is_not_an_editor_is_refused_and_changes_nothing(string caller, string? authorization)
    {
        var before = await ReadAsync();

        var request = RenameRequest(before.Entity, "Renamed by " + caller);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await factory.CreateClient().SendAsync(request);

        var body = await ReadJsonAsync(response);
        var expectedCode = caller.StartsWith("reader", StringComparison.Ordinal) ? AccessErrorCodes.NotAuthorized : AccessErrorCodes.NotAuthenticated;
        Assert.Equal(expectedCode == AccessErrorCodes.NotAuthorized ? HttpStatusCode.Forbidden : HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(expectedCode, FirstErrorCode(body));
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        var after = await ReadAsync();
        Assert.Equal(before.GraphVersion, after.GraphVersion);
        Assert.Equal(before.Entity.Name, after.Entity.Name);
        Assert.Equal(before.Entity.Version, after.Entity.Version);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("api key")]
    public async Task An_editor_mutation_is_applied(string credential)
    {
        var before = await ReadAsync();
        var request = RenameRequest(before.Entity, "Republic of Kazakhstan (" + credential + ")");
        if (credential == "token")
        {
            request.WithBearer(TestCredentials.EditorToken("aigerim"));
        }
        else
        {
            request.WithApiKey(TestCredentials.EditorApiKey);
        }

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payload = (await ReadJsonAsync(response)).GetProperty("data").GetProperty("updateRegion");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("Republic of Kazakhstan (" + credential + ")", payload.GetProperty("region").GetProperty("name").GetString());
        var after = await ReadAsync();
        Assert.True(after.GraphVersion > before.GraphVersion);
        Assert.Equal(before.Entity.Version + 1, after.Entity.Version);
    }

    private static HttpRequestMessage RenameRequest(Entity region, string name) => PostQuery(
        """
        mutation Rename($input: UpdateRegionInput!) {
          updateRegion(input: $input) { region { name version } errors { __typename } }
        }
        """,
        new
        {
            input = new
            {
                id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"Region:{region.Key}")),
                expectedVersion = region.Version,
                name,
                comment = "access test",
            },
        });

    private async Task<(long GraphVersion, Entity Entity)> ReadAsync()
    {
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var entity = (await store.GetEntitiesAsync([Region])).Single();
        return (await store.GetGraphVersionAsync(), entity);
    }
}
