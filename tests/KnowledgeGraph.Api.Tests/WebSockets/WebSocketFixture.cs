using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>The real application on Kestrel with a short <c>connection_init</c> timeout, shared by a test class.</summary>
public class WebSocketFixture : IDisposable
{
    // Short enough for the init-timeout test to close a silent socket quickly, long enough that the first connection
    // after a cold start (JIT, the traversal index built in the background) still sends connection_init in time.
    public const double InitTimeoutSeconds = 3;

    public WebSocketFixture()
        : this(new Dictionary<string, string?>
        {
            ["GraphQL:WebSockets:ConnectionInitTimeoutSeconds"] = InitTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
    {
    }

    /// <param name="settings">Configuration of the application (WebSocket limits, for instance).</param>
    protected WebSocketFixture(IDictionary<string, string?> settings) => App = new(new ApiFactory(settings));

    public KestrelApp App { get; }

    public Uri Endpoint => new(App.GraphQLEndpoint);

    /// <summary>The server's count of open sockets.</summary>
    public WebSocketConnectionTracker Sockets => App.Factory.Services.GetRequiredService<WebSocketConnectionTracker>();

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }
}
