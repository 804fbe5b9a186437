using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Http.Caching;
using KnowledgeGraph.Api.Http.Pipeline;
using KnowledgeGraph.Api.Http.ResponseCaching;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.Tests.WebSockets;
using KnowledgeGraph.Domain.Errors;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Api.Tests.Infrastructure.GraphQLHttp;

namespace KnowledgeGraph.Api.Tests.Hostile;

/// <summary>
/// One anonymous request of about a kilobyte per attack class, against the real service under its default limits:
/// each is refused with its named code before execution, on every transport, after work that is counted (selection
/// sets visited, schema elements costed) and bounded — never timed.
/// </summary>
public sealed class HostileRequestTests(HostileRequestTests.Fixture fixture) : IClassFixture<HostileRequestTests.Fixture>
{
    private const string ExpandedLimit = "GraphQL:Limits:MaxExpandedSelections";

    private HttpClient Client => fixture.Client;

    private CountingDocumentExecuter Executer => fixture.Factory.Executer;

    private PreparationWork Work => fixture.Factory.Services.GetRequiredService<PreparationWork>();

    [Theory]
    [InlineData(24)]
    [InlineData(30)]
    [InlineData(40)]
    public async Task Fragment_bomb_is_refused_after_work_proportional_to_its_text(int fragments)
    {
        var document = HostileDocuments.FragmentBomb(fragments);
        var visited = Work.SelectionSetsVisited;
        var executed = Executer.Executions;

        var response = await Client.SendAsync(PostQuery(document));

        await AssertLimitAsync(response, HttpStatusCode.BadRequest, ExpandedLimit);
        Assert.InRange(Work.SelectionSetsVisited - visited, 1, fragments + 2);
        Assert.Equal(executed, Executer.Executions);
    }

    [Fact]
    public async Task Fragment_bomb_in_unused_fragments_is_refused_too()
    {
        var executed = Executer.Executions;

        var response = await Client.SendAsync(PostQuery(HostileDocuments.UnusedFragmentBomb(30)));

        await AssertLimitAsync(response, HttpStatusCode.BadRequest, ExpandedLimit);
        Assert.Equal(executed, Executer.Executions);
    }

    [Fact]
    public async Task Fragment_bomb_is_refused_over_GET()
    {
        var response = await Client.SendAsync(Get("query=" + Uri.EscapeDataString(HostileDocuments.FragmentBomb(30))));

        await AssertLimitAsync(response, HttpStatusCode.BadRequest, ExpandedLimit);
    }

    [Fact]
    public async Task Fragment_bomb_is_refused_over_WebSocket()
    {
        var executed = Executer.Executions;
        using var socket = await TransportWsClient.ConnectAsync(new Uri(fixture.App.GraphQLEndpoint));
        await socket.InitialiseAsync();

        await socket.SubscribeAsync("1", HostileDocuments.FragmentBomb(30));
        var message = await socket.ReceiveAsync();

        Assert.Equal("error", message?["type"]?.GetValue<string>());
        Assert.Equal(DomainErrorCodes.LimitExceeded, message?["payload"]?[0]?["extensions"]?["code"]?.GetValue<string>());
        Assert.Contains(ExpandedLimit, message?["payload"]?[0]?["message"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(executed, Executer.Executions);
    }

    [Fact]
    public async Task Fragment_bomb_sent_for_registration_is_refused_and_not_stored()
    {
        var document = HostileDocuments.FragmentBomb(30);
        var hash = Sha256(document);
        var store = fixture.Factory.Services.GetRequiredService<PersistedQueryStore>();
        var stored = store.Usage.Entries;

        var registration = await Client.SendAsync(Post(PersistedQueryBody(document, hash)));
        var lookup = await Client.SendAsync(Post(PersistedQueryBody(null, hash)));

        await AssertLimitAsync(registration, HttpStatusCode.BadRequest, ExpandedLimit);
        Assert.Equal(EdgeErrorCodes.PersistedQueryNotFound, FirstErrorCode(await ReadJsonAsync(lookup)));
        Assert.Equal(stored, store.Usage.Entries);
    }

    [Fact]
    public async Task Nested_introspection_is_costed_like_any_field_and_refused()
    {
        var costed = Work.SetsCosted;
        var executed = Executer.Executions;

        var response = await Client.SendAsync(PostQuery(HostileDocuments.NestedIntrospection(4)));

        await AssertLimitAsync(response, HttpStatusCode.BadRequest, "GraphQL:Limits:MaxComplexity");
        // Each (schema type, selection set) pair is costed once: a few per level, not the 66,000 objects it stands for.
        Assert.InRange(Work.SetsCosted - costed, 1, 200);
        Assert.Equal(executed, Executer.Executions);
    }

    [Fact]
    public async Task Full_introspection_as_IDEs_send_it_passes_the_default_limits()
    {
        await IntrospectionPassesTheDefaultLimitsAsync(HostileDocuments.GraphQLJsIntrospection);
    }

    [Fact]
    public async Task Full_introspection_with_every_graphql_js_option_passes_the_default_limits()
    {
        await IntrospectionPassesTheDefaultLimitsAsync(HostileDocuments.GraphQLJsIntrospectionWithAllOptions);
    }

    private async Task IntrospectionPassesTheDefaultLimitsAsync(string document)
    {
        var response = await Client.SendAsync(PostQuery(document));
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.True(body.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
    }

    [Theory]
    [InlineData(1_500)]
    [InlineData(4_000)]
    public async Task Deeply_nested_selections_are_refused_before_parsing_exhausts_the_stack(int levels)
    {
        var executed = Executer.Executions;
        var document = HostileDocuments.DeepNesting(levels);

        var response = await Client.SendAsync(PostQuery(document));

        Assert.Equal(DomainErrorCodes.LimitExceeded, FirstErrorCode(await ReadJsonAsync(response)));
        Assert.Equal(executed, Executer.Executions);
    }

    [Fact]
    public async Task Deeply_nested_list_values_are_refused()
    {
        var response = await Client.SendAsync(PostQuery(HostileDocuments.DeepListArgument(2_000)));

        Assert.Equal(DomainErrorCodes.LimitExceeded, FirstErrorCode(await ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Comments_and_white_space_do_not_make_new_response_cache_entries()
    {
        var cache = fixture.Factory.Services.GetRequiredService<GraphQLResponseCache>();
        await Client.SendAsync(PostQuery("query NonceProbe { statistics { entityCount } }"));
        var entries = cache.Usage.Entries;

        for (var nonce = 0; nonce < 25; nonce++)
        {
            var response = await Client.SendAsync(PostQuery($"query   NonceProbe {{ statistics  {{ entityCount }} }} # nonce {nonce}\n"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(entries, cache.Usage.Entries);
    }

    [Fact]
    public async Task A_registration_over_the_document_limits_is_refused_before_it_is_stored()
    {
        var store = fixture.Factory.Services.GetRequiredService<PersistedQueryStore>();
        var stored = store.Usage;
        var document = "{ __typename } #" + new string('x', 200_000);

        var response = await Client.SendAsync(Post(PersistedQueryBody(document, Sha256(document))));

        await AssertLimitAsync(response, HttpStatusCode.BadRequest, "GraphQL:Limits:MaxDocumentLength");
        Assert.Equal(stored, store.Usage);
    }

    [Fact]
    public async Task Invalid_UTF8_inside_a_string_is_a_bad_request_not_a_server_error()
    {
        byte[] body = [.. "{\"query\":\"{ search(text: \\\"ok"u8, 0xC3, 0x28, 0xFF, .. "\\\") { score } }\"}"u8];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("Accept", GraphQLResponse);

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(EdgeErrorCodes.BadRequest, FirstErrorCode(await ReadJsonAsync(response)));
    }

    private static async Task AssertLimitAsync(HttpResponseMessage response, HttpStatusCode status, string limit)
    {
        var body = await ReadJsonAsync(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(DomainErrorCodes.LimitExceeded, FirstErrorCode(body));
        Assert.Contains(limit, FirstErrorMessage(body), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));
    }

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Factory = new HostileFactory();
            App = new KestrelApp(Factory);
            Client = new HttpClient { BaseAddress = App.BaseAddress };
        }

        public HostileFactory Factory { get; }

        public KestrelApp App { get; }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            App.Dispose();
        }
    }
}
