using GraphQL;

namespace KnowledgeGraph.Api.Http.ResponseCaching;

/// <summary>Carries a result out of the cache factory so that it is answered but not cached.</summary>
public sealed class UncacheableResponseException(ExecutionResult result) : Exception("The response is not cacheable.")
{
    public ExecutionResult Result { get; } = result;
}
