using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http.Pipeline;

/// <summary>A request that passed every check before execution, with what the checks learned of it.</summary>
/// <param name="Request">The parameters, the document filled in from the persisted-query store when only its hash was sent.</param>
/// <param name="Document">The parsed document; null when it does not parse, left to the executer to report with its location.</param>
/// <param name="Operation">The operation to run; null when the document names none unambiguously (the executer reports it).</param>
/// <param name="Fingerprint">The document's identity without comments and white space.</param>
/// <param name="Cost">Its cost (see <see cref="Limits.QueryCost"/>).</param>
public sealed record PreparedRequest(
    GraphQLHttpRequest Request, GraphQLDocument? Document, GraphQLOperationDefinition? Operation, string Fingerprint, double Cost)
{
    public string OperationType => Operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
}
