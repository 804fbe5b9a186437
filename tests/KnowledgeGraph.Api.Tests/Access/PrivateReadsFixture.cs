using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Access;

/// <summary>The real application (real schema, seed, response cache) with <c>Authentication:PublicReads</c> off.</summary>
public sealed class PrivateReadsFixture : IDisposable
{
    public ApiFactory Factory { get; } = new(TestCredentials.Settings(publicReads: false));

    public void Dispose() => Factory.Dispose();
}
