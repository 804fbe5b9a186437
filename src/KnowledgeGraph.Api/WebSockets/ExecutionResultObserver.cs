using System.Threading.Channels;
using GraphQL;

namespace KnowledgeGraph.Api.WebSockets;

/// <summary>Hands a subscription's results to a channel the socket drains in order; the source never waits for the client.</summary>
public sealed class ExecutionResultObserver(ChannelWriter<ExecutionResult> writer) : IObserver<ExecutionResult>
{
    public void OnNext(ExecutionResult value) => writer.TryWrite(value);

    public void OnError(Exception error) => writer.TryComplete(error);

    public void OnCompleted() => writer.TryComplete();
}
