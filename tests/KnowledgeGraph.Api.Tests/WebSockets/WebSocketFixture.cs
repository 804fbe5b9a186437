using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>The real application on Kestrel with a short <c>connection_init</c> timeout, shared by a test class.</summary>
public sealed class WebSocketFixture : IDisposable
{
    public const double InitTimeoutSeconds = 0.5;

    public KestrelApp App { get; } = new(new ApiFactory(new Dictionary<string, string?>
    {
        ["GraphQL:WebSockets:ConnectionInitTimeoutSeconds"] = InitTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }));

    public Uri Endpoint => new(App.GraphQLEndpoint);

    public void Dispose() => App.Dispose();
}
