namespace KnowledgeGraph.Domain.Errors;

public sealed class ConcurrencyConflictException(string key, long expectedVersion, long actualVersion)
    : DomainException(actualVersion == 0
        ? $"'{key}' was expected at version {expectedVersion} but does not exist."
        : $"'{key}' was expected at version {expectedVersion} but is at version {actualVersion}: someone else changed it; reload and retry.")
{
    public string Key { get; } = key;

    public long ExpectedVersion { get; } = expectedVersion;

    public long ActualVersion { get; } = actualVersion;

    public override string Code => DomainErrorCodes.Conflict;
}
