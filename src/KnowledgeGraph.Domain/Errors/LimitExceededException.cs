namespace KnowledgeGraph.Domain.Errors;

/// <summary>A request asked for more than a configured limit allows (depth, path length, page size…).</summary>
public sealed class LimitExceededException(string limit, long maximum, long requested)
    : DomainException($"{limit} is limited to {maximum}; {requested} was requested.")
{
    public string Limit { get; } = limit;

    public long Maximum { get; } = maximum;

    public long Requested { get; } = requested;

    public override string Code => DomainErrorCodes.LimitExceeded;
}
