using System.Text.RegularExpressions;

namespace KnowledgeGraph.Benchmarks.Hostile;

/// <summary>
/// The hostile classes of issue 11, all anonymous, in the order they run: the honest baseline first, then each attack,
/// then the fuzz of malformed requests, one class per shape.
/// </summary>
public static partial class HostileCatalog
{
    public const int FloodSize = 10_000;
    public const int HugeListSize = 20_000;

    private const string CacheableQuery = "{ entities(first: 50) { nodes { id key name } } }";

    public static IReadOnlyList<HostileClass> Build(HostileHttp http, ExportTargets targets, MalformedDocumentGenerator fuzz, int fuzzCasesPerShape)
    {
        var ids = HostileDocuments.ShortValues("n", HugeListSize);
        var keys = HostileDocuments.ShortValues("s", HugeListSize);
        var webSocket = new WebSocketFlood(WebSocketEndpoint(http.Client.BaseAddress!), burstSockets: 4, burstPings: 1_000);
        var root = Uri.EscapeDataString(targets.Root);
        var pathTo = Uri.EscapeDataString(targets.PathTo);
        List<HostileClass> classes =
        [
            Post(http, "baseline", "`{ __typename }` (the honest reference)", 2_000, _ => new { query = "{ __typename }" }),
            .. new[] { 24, 30, 40 }.Select(n => Post(http, $"fragment-bomb-{n}",
                $"{n} fragments, each spreading the next twice ({HostileDocuments.FragmentBomb(n).Length:N0} bytes)", 20,
                _ => new { query = HostileDocuments.FragmentBomb(n) })),
            .. new[] { 8, 10, 12 }.Select(levels => Post(http, $"nested-introspection-{levels}",
                $"`__type(name: \"Project\")` with `interfaces`/`possibleTypes` nested {levels} levels ({HostileDocuments.NestedIntrospection(levels).Length:N0} bytes)", 20,
                _ => new { query = HostileDocuments.NestedIntrospection(levels) })),
            Post(http, "apq-flood-200kb", "distinct ~200 KB documents registered as automatic persisted queries", FloodSize,
                i => HostileDocuments.PersistedQueryRegistration(HostileDocuments.PaddedQuery(i, 200_000))),
            Post(http, "apq-flood-small", "distinct `{ __typename } # nonce-N` registered as automatic persisted queries", FloodSize,
                i => HostileDocuments.PersistedQueryRegistration(HostileDocuments.WithNonce("{ __typename }", i))),
            Post(http, "response-cache-flood", $"`{CacheableQuery} # nonce-N`, a new comment each time", FloodSize,
                i => new { query = HostileDocuments.WithNonce(CacheableQuery, i) }),
            Post(http, "nodes-20k-ids", $"`nodes(ids: $ids)` with {HugeListSize:N0} short ids in variables", 50,
                _ => new { query = "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids } }),
            Post(http, "sources-20k-keys", $"`sources(keys: $keys)` with {HugeListSize:N0} keys in variables", 50,
                _ => new { query = "query ($keys: [String!]!) { sources(keys: $keys) { key } }", variables = new { keys } }),
            Get(http, "export-neighborhood", $"`/export/neighborhood?id={targets.Root}&depth=4&format=graphml`", 200,
                $"export/neighborhood?id={root}&depth=4&format=graphml"),
            Get(http, "export-paths-all", $"`/export/paths?from={targets.Root}&to={targets.PathTo}&mode=ALL&maxLength=6&first=100&format=graphml`", 200,
                $"export/paths?from={root}&to={pathTo}&mode=ALL&maxLength=6&first=100&format=graphml"),
            Get(http, "readyz-flood", "`GET /readyz`", 2_000, "readyz"),
            new("websocket-flood", "sockets at `/graphql` (`graphql-transport-ws`) kept open after `connection_init`; 1,000 `ping`s on 4 of them",
                500, (i, cancellationToken) => webSocket.OpenAsync(i, cancellationToken)) { FinishAsync = webSocket.FinishAsync },
            .. Enum.GetValues<FuzzShape>().Select(shape => new HostileClass(
                "fuzz-" + Kebab(shape),
                $"generated {Kebab(shape).Replace('-', ' ')} {(MalformedDocumentGenerator.IsRawBody(shape) ? "bodies (raw POST)" : "documents (POST and GET)")}, seeded",
                fuzzCasesPerShape,
                (i, cancellationToken) => SendFuzzAsync(http, fuzz.Case(shape, i), cancellationToken))),
        ];
        return classes;
    }

    public static string Kebab(FuzzShape shape) => UpperCase().Replace(shape.ToString(), m => (m.Index > 0 ? "-" : "") + m.Value.ToLowerInvariant());

    private static HostileClass Post(HostileHttp http, string name, string attack, int count, Func<int, object> body) =>
        new(name, attack, count, (i, cancellationToken) => http.PostJsonAsync(body(i), cancellationToken));

    private static HostileClass Get(HostileHttp http, string name, string attack, int count, string pathAndQuery) =>
        new(name, attack, count, (_, cancellationToken) => http.GetAsync(pathAndQuery, cancellationToken));

    private static Task<string> SendFuzzAsync(HostileHttp http, FuzzCase fuzzCase, CancellationToken cancellationToken) => fuzzCase.Transport switch
    {
        FuzzTransport.Get => http.GetGraphQLAsync(fuzzCase.Query!, fuzzCase.OperationName, cancellationToken),
        FuzzTransport.Post => http.PostJsonAsync(new { query = fuzzCase.Query, operationName = fuzzCase.OperationName }, cancellationToken),
        _ => http.PostRawAsync(fuzzCase.Body!, cancellationToken),
    };

    private static Uri WebSocketEndpoint(Uri baseAddress) =>
        new UriBuilder(baseAddress) { Scheme = "ws", Path = "/" + HostileHttp.GraphQLPath }.Uri;

    [GeneratedRegex("[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex UpperCase();
}
