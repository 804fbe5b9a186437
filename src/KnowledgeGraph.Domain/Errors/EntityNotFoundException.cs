namespace KnowledgeGraph.Domain.Errors;

/// <param name="hint">A sentence added to the message, e.g. which forms the argument accepts.</param>
public sealed class EntityNotFoundException(string key, string? expectedKind = null, string? hint = null)
    : DomainException((expectedKind is null ? $"No entity has the key '{key}'." : $"No {expectedKind} has the key '{key}'.")
        + (hint is null ? string.Empty : " " + hint))
{
    public string Key { get; } = key;

    public override string Code => DomainErrorCodes.NotFound;
}
