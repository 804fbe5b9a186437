namespace KnowledgeGraph.Domain.Errors;

/// <summary>
/// A failure the caller can act on. The edge (GraphQL, CLI) maps <see cref="Code"/> to an error code and shows
/// <see cref="Exception.Message"/>; any other exception is an internal error whose details stay in the logs.
/// </summary>
public abstract class DomainException : Exception
{
    protected DomainException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    public abstract string Code { get; }
}
