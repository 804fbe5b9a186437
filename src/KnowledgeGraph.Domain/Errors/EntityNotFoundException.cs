namespace KnowledgeGraph.Domain.Errors;

public sealed class EntityNotFoundException(string key, string? expectedKind = null)
    : DomainException(expectedKind is null ? $"No entity has the key '{key}'." : $"No {expectedKind} has the key '{key}'.")
{
    public string Key { get; } = key;

    public override string Code => "NOT_FOUND";
}
