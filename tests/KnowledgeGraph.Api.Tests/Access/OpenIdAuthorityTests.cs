using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.GraphQL.Authorization;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Access;

/// <summary>With <c>Authentication:Jwt:Authority</c>, tokens are checked against the provider's published keys.</summary>
public sealed class OpenIdAuthorityTests
{
    private const string Audience = "knowledgegraph-api";
    private const string Mutation = "mutation { shout(text: \"hi\") }";

    [Fact]
    public async Task Editor_token_from_the_provider_runs_a_mutation_and_a_reader_token_is_403()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var factory = new TransportFactory(AuthoritySettings(provider.Authority));
        var client = factory.CreateClient();

        var editor = await client.SendAsync(PostQuery(Mutation).WithBearer(provider.Token(Audience, "ed", Roles.Editor)));
        var reader = await client.SendAsync(PostQuery(Mutation).WithBearer(provider.Token(Audience, "rita", Roles.Reader)));

        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
        Assert.Equal("HI", (await ReadJsonAsync(editor)).GetProperty("data").GetProperty("shout").GetString());
        await MutationAccessTests.AssertRefusedAsync(reader, HttpStatusCode.Forbidden, AccessErrorCodes.NotAuthorized);
    }

    [Fact]
    public async Task Token_for_another_audience_or_signed_by_the_test_key_is_refused()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        using var factory = new TransportFactory(AuthoritySettings(provider.Authority));
        var client = factory.CreateClient();

        var otherAudience = await client.SendAsync(PostQuery(Mutation).WithBearer(provider.Token("another-app", "ed", Roles.Editor)));
        var selfSigned = await client.SendAsync(PostQuery(Mutation).WithBearer(TestCredentials.EditorToken()));

        await MutationAccessTests.AssertRefusedAsync(otherAudience, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
        await MutationAccessTests.AssertRefusedAsync(selfSigned, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
    }

    [Fact]
    public async Task An_unreachable_provider_refuses_the_token_but_public_reads_go_on()
    {
        string authority;
        await using (var stopped = await FakeOpenIdProvider.StartAsync())
        {
            authority = stopped.Authority;
        }

        using var factory = new TransportFactory(AuthoritySettings(authority));
        var client = factory.CreateClient();
        var token = TestCredentials.TokenWithClaims(new Dictionary<string, object> { ["sub"] = "ed", ["roles"] = Roles.Editor }, audience: Audience);

        var mutation = await client.SendAsync(PostQuery(Mutation).WithBearer(token));
        var query = await client.SendAsync(PostQuery("{ hello }").WithBearer(token));

        await MutationAccessTests.AssertRefusedAsync(mutation, HttpStatusCode.Unauthorized, AccessErrorCodes.NotAuthenticated);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    private static Dictionary<string, string?> AuthoritySettings(string authority) => new()
    {
        ["Authentication:Jwt:Authority"] = authority,
        ["Authentication:Jwt:Audience"] = Audience,
        ["Authentication:Jwt:RequireHttpsMetadata"] = "false",
    };
}
