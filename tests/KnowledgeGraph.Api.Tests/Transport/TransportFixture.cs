using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Transport;

/// <summary>One application with the test schema and the test credentials configured, shared by the tests of a class.</summary>
public sealed class TransportFixture : IDisposable
{
    public TransportFactory Factory { get; } = new(TestCredentials.Settings());

    public void Dispose() => Factory.Dispose();
}
