using KnowledgeGraph.Caching.Versioning;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>Bounded polling until an out-of-process client has subscribed to the change feed (never a timing assertion).</summary>
public static class SubscriberWait
{
    /// <summary>Waits until <paramref name="feed"/> has an observer; fails early with the client's outcome if it ended first.</summary>
    public static async Task UntilSubscribedAsync(GraphChangeFeed feed, Task client)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (feed.ObserverCount == 0)
        {
            if (client.IsCompleted || DateTime.UtcNow > deadline)
            {
                await client;
                throw new TimeoutException("The graphql-ws client never subscribed to graphChanged.");
            }

            await Task.Delay(50);
        }
    }
}
