namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A clock that always reads <paramref name="now"/>: change timestamps that tests can predict and compare.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
