using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Api.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.WebSockets;

/// <summary>The real application on Kestrel with a short <c>connection_init</c> timeout, shared by a test class.</summary>
public class WebSocketFixture : IDisposable
{
    public const double InitTimeoutSeconds = 0.5;

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
