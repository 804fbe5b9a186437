using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace KnowledgeGraph.Exchange.Importing;

/// <summary>
/// Reads a stream of parts on another thread while the caller works on the previous one (checks it, writes it), at most
/// a given number of parts ahead, so that reading and writing share the machine's cores and memory still holds a
/// bounded number of parts. A failure or cancellation of the reading surfaces at the caller's next part.
/// </summary>
public static class ReadAhead
{
    public static async IAsyncEnumerable<T> PartsAsync<T>(
        IAsyncEnumerable<T> source, int ahead, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var part in source.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    await channel.Writer.WriteAsync(part, stop.Token).ConfigureAwait(false);
                }

                channel.Writer.Complete();
            }
            catch (Exception exception)
            {
                channel.Writer.Complete(exception);
            }
        }, CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var part))
                {
                    yield return part;
                }
            }
        }
        finally
        {
            // The caller stopped early (a problem, a cancellation): stop reading and wait, so no file stays open.
            await stop.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
    }
}
