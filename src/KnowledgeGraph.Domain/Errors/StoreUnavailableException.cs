namespace KnowledgeGraph.Domain.Errors;

/// <summary>The graph store could not be reached or failed transiently; the request may be retried.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : DomainException(message, inner)
{
    public override string Code => DomainErrorCodes.StoreUnavailable;
}
