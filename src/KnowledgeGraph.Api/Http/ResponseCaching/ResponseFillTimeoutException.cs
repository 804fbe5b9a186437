namespace KnowledgeGraph.Api.Http.ResponseCaching;

/// <summary>
/// A shared cache fill ran past <c>GraphQL:Limits:ExecutionTimeoutSeconds</c>; every request waiting on it answers
/// TIMEOUT, as it would have had it executed alone.
/// </summary>
public sealed class ResponseFillTimeoutException : Exception
{
    public ResponseFillTimeoutException()
        : base("The shared execution of a cached response ran out of time.")
    {
    }
}
