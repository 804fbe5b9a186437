using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>One application with the test schema, shared by the tests of a class.</summary>
public sealed class TransportFixture : IDisposable
{
    public TransportFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
